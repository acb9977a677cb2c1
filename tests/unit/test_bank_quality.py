"""The shipped bank is big enough, balanced, free of giveaways, and its calculations are right."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

from quizapp.bank import BankSource, load_bank
from quizapp.bank.calccheck import calculation_problems, check_item, numbers
from quizapp.bank.models import MultipleChoice
from quizapp.bank.quality import (
    NEAR_DUPLICATE,
    bank_problems,
    is_negative,
    keyed_is_longest,
    near_duplicates,
    similarity,
    trigrams,
)
from quizapp.paths import shipped_bank_dir

ML_AREAS = {"loss", "optimizer", "regularization", "bayesian", "distribution", "ensemble", "preprocessing"}


@pytest.fixture(scope="module")
def shipped():
    return load_bank([BankSource(shipped_bank_dir())])


@pytest.fixture(scope="module")
def stats():
    out = subprocess.run(
        [sys.executable, "-m", "quizapp", "bank", "stats", "--json"], capture_output=True, text=True, check=True
    )
    return json.loads(out.stdout)


def mcqs(bank) -> list[MultipleChoice]:
    return [i for i in bank.items.values() if isinstance(i, MultipleChoice)]


# --- size and coverage (from the coverage report) -------------------------------------------
def test_coverage_report_meets_the_minimums(stats):
    assert stats["by_kind"]["mcq"] >= 480
    assert stats["by_kind"]["flashcard"] >= 240
    for number, subject in stats["by_subject"].items():
        assert subject["by_kind"]["mcq"] >= 120, (number, subject["by_kind"])
        for key, topic in subject["topics"].items():
            assert topic["by_kind"]["mcq"] >= 12, (key, topic["by_kind"])


def test_ml_dl_depth_is_covered(shipped):
    def depth(items):
        return [i for i in items if "ml-depth" in i.tags]

    depth_mcq = depth(mcqs(shipped))
    depth_cards = depth(shipped.of_kind("flashcard"))
    assert len(depth_mcq) >= 60
    assert len(depth_cards) >= 40
    for item in depth_mcq + depth_cards:
        assert ML_AREAS & set(item.tags), item.id
    areas = Counter(tag for i in depth_mcq for tag in i.tags if tag in ML_AREAS)
    assert set(areas) == ML_AREAS, areas  # every area of the depth list is asked
    assert {i.subject for i in depth_mcq} <= {2, 3, 4}


# --- calculations -----------------------------------------------------------------------------
def test_a_fifth_of_the_questions_are_checked_calculations(shipped):
    questions = mcqs(shipped)
    calcs = [q for q in questions if q.calc is not None]
    assert len(calcs) >= 0.20 * len(questions)
    assert calculation_problems(shipped) == []


def calc_item(**changes) -> MultipleChoice:
    data = {
        "id": "t.calc", "kind": "mcq", "subject": 4, "topic": "model-evaluation", "difficulty": 2,
        "stem": "TP 40, FP 10, FN 20, TN 130일 때 F1 점수는?",
        "options": ["0.800", "0.727", "0.667", "0.850"],
        "answer": 2, "explanation": "조화평균",
        "calc": {"fn": "confusion_metric", "inputs": {"tp": 40, "fp": 10, "fn": 20, "tn": 130, "metric": "f1"}},
    }
    data.update(changes)
    return MultipleChoice.model_validate(data)


def test_calculation_check_accepts_a_right_key():
    assert check_item(calc_item()) == []


def test_calculation_check_catches_a_wrong_key():
    problems = dict(check_item(calc_item(answer=1)))
    assert "0.727273" in problems["options.1"] and "다릅니다" in problems["options.1"]
    assert "정답이 둘" in problems["options.2"]  # the real answer is now an unkeyed option


def test_calculation_check_catches_a_distractor_that_is_also_right():
    [(field, message)] = check_item(calc_item(options=["0.800", "0.727", "0.73", "0.850"]))
    assert field == "options.3" and "정답이 둘" in message


def test_calculation_check_catches_inputs_missing_from_the_stem():
    [(field, _)] = check_item(calc_item(stem="TP 40, FP 10, FN 20일 때 F1 점수는?"))
    assert field == "calc.inputs.tn"


def test_calculation_check_reads_tuples_percent_and_separators():
    assert numbers("약 15.4%") == [(15.4, 0.05)]
    assert [v for v, _ in numbers("14×14×10")] == [14, 14, 10]
    assert [v for v, _ in numbers("F1 0.5, L2 1,200")] == [0.5, 1200]
    assert [v for v, _ in numbers("−5.3만 원")] == [-5.3]
    cnn = calc_item(
        subject=3, topic="advanced-techniques",
        stem="32×32 입력, 5×5 필터 8개, stride 1, padding 0, 2×2 최대 풀링 후 출력은?",
        options=["14×14×8", "28×28×8", "16×16×8", "14×14×5"], answer=1,
        calc={"fn": "conv_output_shape", "inputs": {"height": 32, "width": 32, "kernel": 5, "filters": 8,
                                                       "stride": 1, "padding": 0, "pool": 2}},
    )
    assert check_item(cnn) == []


# --- giveaways ------------------------------------------------------------------------------
def test_shipped_bank_has_no_giveaways(shipped):
    assert bank_problems(shipped) == []


def test_answer_positions_are_balanced(shipped):
    four = [q for q in mcqs(shipped) if len(q.options) == 4]
    counts = Counter(q.answer for q in four)
    for position in (1, 2, 3, 4):
        assert 0.20 <= counts[position] / len(four) <= 0.30, counts


def test_keyed_option_is_rarely_the_longest_and_negative_stems_are_few(shipped):
    questions = mcqs(shipped)
    assert sum(map(keyed_is_longest, questions)) / len(questions) <= 0.35
    assert sum(is_negative(q.stem) for q in questions) / len(questions) <= 0.30


def test_no_current_api_mistakes_in_the_bank(shipped):
    for item in shipped.items.values():
        text = item.model_dump_json()
        if "base_estimator" in text:  # only ever taught as the removed name
            assert re.search(r"삭제|제거|removed|바뀌|이름이", text), item.id


def test_shortcut_options_are_reported(small_bank):
    item = calc_item(options=["0.800", "0.727", "0.667", "위의 보기 모두"])
    small_bank.items[item.id] = item
    small_bank.locations[item.id] = "x.yaml:3"
    problems = [p for p in bank_problems(small_bank) if p.field == "options.4"]
    assert problems and "모두 정답" in problems[0].message


# --- the near-duplicate threshold -----------------------------------------------------------
def test_near_duplicate_threshold_separates_rewordings_from_distinct_questions(shipped):
    questions = mcqs(shipped)
    base = questions[0]

    def variant(stem):
        return MultipleChoice.model_validate({**base.model_dump(), "id": "t.variant", "stem": stem})

    full = lambda q: trigrams(q.stem + " " + " ".join(o.text for o in q.options))  # noqa: E731
    rewordings = [
        base.stem.replace("?", "일까?"),
        base.stem + " (단, 하나만 고르시오)",
        re.sub(r"\d+", lambda m: str(int(m.group()) + 1), base.stem),
    ]
    for stem in rewordings:
        assert similarity(full(base), full(variant(stem))) >= NEAR_DUPLICATE, stem
    # distinct questions of the same 세부항목 stay clearly below the threshold
    same_topic = [q for q in questions if q.topic == base.topic and q.id != base.id]
    assert max(similarity(full(base), full(q)) for q in same_topic) < NEAR_DUPLICATE - 0.1
    assert near_duplicates(questions) == []
