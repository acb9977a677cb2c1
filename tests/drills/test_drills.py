"""Every drill: the reference in solvers/ passes its own grader; a plausible wrong answer fails."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from quizapp.bank import BankSource, load_bank
from quizapp.bank.models import CodeDrill
from quizapp.grading.judge import Grader
from quizapp.grading.registry import drill_index, find_drill
from quizapp.paths import shipped_bank_dir

WRONG = Path(__file__).parent / "wrong"
DRILLS = sorted(drill_index())


@pytest.fixture(scope="module")
def grader():
    with Grader() as g:
        yield g


@pytest.mark.parametrize("drill_id", DRILLS)
def test_reference_passes_and_a_plausible_mistake_fails(grader, drill_id):
    reference = find_drill(drill_id).solution_source()
    result = grader.grade(drill_id, reference)
    assert result["status"] == "pass", (result["message"], [t for t in result["tests"] if t["status"] != "pass"])
    assert len(result["tests"]) >= 3  # fixed edge cases and seeded random ones
    wrong = (WRONG / f"{drill_id}.py").read_text(encoding="utf-8")
    result = grader.grade(drill_id, wrong)
    assert result["status"] in ("fail", "error")
    failing = [t for t in result["tests"] if t["status"] != "pass"]
    assert result["message"] or failing
    assert all(t["message"] for t in failing)


def test_every_drill_has_a_wrong_answer_and_a_bank_item():
    assert sorted(p.stem for p in WRONG.glob("*.py")) == DRILLS
    bank = load_bank([BankSource(shipped_bank_dir())])
    items = {i.id: i for i in bank.of_kind("code")}
    assert sorted(items) == DRILLS
    for drill_id, item in items.items():
        assert isinstance(item, CodeDrill)
        assert 2 <= len(item.hints) <= 3
        assert f"def {item.function}(" in item.starter
        assert item.function == find_drill(drill_id).entry
