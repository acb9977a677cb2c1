"""Mock 필기 exam rules: composition, per-subject scoring, 과락 and pass."""

from __future__ import annotations

import random
from collections import Counter

from quizapp.bank import BankSource, load_bank
from quizapp.paths import shipped_bank_dir
from quizapp.review.mock import MockExam, MockResult, SubjectScore, assemble, topic_quota


def test_eighty_questions_twenty_per_subject_spread_over_topics_in_proportion():
    bank = load_bank([BankSource(shipped_bank_dir())])
    items = assemble(bank, random.Random(1))
    assert len(items) == 80 and len({i.id for i in items}) == 80
    assert Counter(i.subject for i in items) == {1: 20, 2: 20, 3: 20, 4: 20}
    for subject in (1, 2, 3, 4):
        topics = Counter(i.topic for i in items if i.subject == subject)
        assert len(topics) == len(bank.taxonomy.topics_of(subject))  # every 세부항목 is asked
    assert assemble(bank, random.Random(1)) == items and assemble(bank, random.Random(2)) != items


def test_topic_quota_is_proportional_and_exact():
    even = topic_quota({t: 21 for t in "abcdef"}, 20)
    assert sum(even.values()) == 20 and set(even.values()) == {3, 4}
    quota = topic_quota({"big": 40, "small": 10}, 20)
    assert quota == {"big": 16, "small": 4}


def test_a_subject_under_40_fails_the_exam_even_with_a_high_average():
    result = MockResult([SubjectScore(1, 20, 20), SubjectScore(2, 20, 20), SubjectScore(3, 20, 20), SubjectScore(4, 7, 20)])
    assert result.average == 83.8 and result.failed_subjects == [4] and not result.passed
    ok = MockResult([SubjectScore(s, 12, 20) for s in (1, 2, 3, 4)])
    assert ok.average == 60 and ok.passed
    low = MockResult([SubjectScore(s, 11, 20) for s in (1, 2, 3, 4)])
    assert not low.passed and low.failed_subjects == []


def test_answers_can_change_and_marks_toggle(small_bank, clock):
    items = small_bank.of_kind("mcq")[:3]
    exam = MockExam(items=items, started_at=clock())
    exam.choose(0, 1)
    exam.choose(0, items[0].answer)
    exam.toggle_mark(2)
    exam.toggle_mark(2)
    exam.toggle_mark(1)
    assert exam.correct(0) and exam.marked == {1} and exam.unanswered() == [1, 2]
