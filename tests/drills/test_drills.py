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


def test_drill_coverage_by_area():
    areas = Counter(drill_id.split(".")[0] for drill_id in DRILLS)
    assert len(DRILLS) >= 60, areas
    assert areas["prep"] >= 20 and areas["stats"] >= 8 and areas["ml"] >= 12, areas
    assert areas["dl"] >= 16 and areas["dist"] >= 4, areas
    assert sum(d.startswith("dl.torch.") for d in DRILLS) >= 4  # deep learning in torch, not only numpy


REQUIRED = {
    "dl.loss.mse": "mse(y_true, y_pred)",
    "dl.loss.binary_crossentropy": "binary_crossentropy(y_true, y_pred)",
    "dl.loss.categorical_crossentropy": "categorical_crossentropy(y_true, y_pred)",
    "dl.loss.hinge": "hinge(y_true, y_pred)",
    "dl.loss.kld": "kld(y_true, y_pred)",
    "dl.loss.dice_loss": "dice_loss(y_true, y_pred, smooth=1)",
    "prep.fill_median": "fill_median(df)",
    "prep.iqr_outlier_count": "iqr_outlier_count(s)",
    "ml.ensemble.bagging_predict": "bagging_predict(X_train, y_train, X_test)",
}


@pytest.mark.parametrize("drill_id", sorted(REQUIRED))
def test_required_drills_have_exactly_these_signatures(drill_id):
    import inspect

    drill = find_drill(drill_id)
    assert f"{drill.entry}{inspect.signature(drill.reference)}" == REQUIRED[drill_id]
