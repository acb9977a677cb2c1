"""Mock 필기 exam under the real rules: 80 questions, 20 per subject drawn across 세부항목 in
proportion, 120 minutes; each subject scored out of 100; 과락 below 40 in any subject; pass with
an average of 60 or more and no 과락."""

from __future__ import annotations

import random
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from quizapp.bank import Bank
from quizapp.bank.models import MultipleChoice

PER_SUBJECT = 20
MINUTES = 120
FAIL_SUBJECT = 40  # 과락
PASS_AVERAGE = 60


def topic_quota(available: dict[str, int], total: int) -> dict[str, int]:
    """Largest-remainder apportionment of ``total`` questions over topics, capped by what exists."""
    size = sum(available.values())
    if size <= total:
        return dict(available)
    exact = {t: total * n / size for t, n in available.items()}
    quota = {t: min(int(v), available[t]) for t, v in exact.items()}
    for topic in sorted(exact, key=lambda t: exact[t] - int(exact[t]), reverse=True):
        if sum(quota.values()) >= total:
            break
        if quota[topic] < available[topic]:
            quota[topic] += 1
    return quota


def assemble(bank: Bank, rng: random.Random) -> list[MultipleChoice]:
    """80 questions in subject order, each subject's 20 spread over its topics in proportion."""
    chosen: list[MultipleChoice] = []
    for subject in bank.taxonomy.subjects:
        by_topic: dict[str, list[str]] = defaultdict(list)
        for item_id in bank.ids_in_scope(f"s:{subject.id}", "mcq"):
            by_topic[bank.items.meta[item_id].topic].append(item_id)
        quota = topic_quota({t: len(ids) for t, ids in by_topic.items()}, PER_SUBJECT)
        picked = [i for topic in sorted(by_topic) for i in rng.sample(sorted(by_topic[topic]), quota[topic])]
        rng.shuffle(picked)
        chosen += [bank.items[i] for i in picked]  # type: ignore[misc]
    return chosen


@dataclass
class SubjectScore:
    subject: int
    correct: int
    total: int

    @property
    def score(self) -> float:
        return round(100 * self.correct / self.total, 1) if self.total else 0.0

    @property
    def failed(self) -> bool:  # 과락
        return self.score < FAIL_SUBJECT


@dataclass
class MockResult:
    subjects: list[SubjectScore]

    @property
    def average(self) -> float:
        return round(sum(s.score for s in self.subjects) / len(self.subjects), 1) if self.subjects else 0.0

    @property
    def failed_subjects(self) -> list[int]:
        return [s.subject for s in self.subjects if s.failed]

    @property
    def passed(self) -> bool:
        return self.average >= PASS_AVERAGE and not self.failed_subjects


@dataclass
class MockExam:
    items: list[MultipleChoice]
    started_at: datetime
    minutes: int = MINUTES
    answers: dict[int, int] = field(default_factory=dict)  # position -> chosen option (1-based)
    marked: set[int] = field(default_factory=set)
    submitted: bool = False
    session_id: int | None = None

    @property
    def deadline(self) -> datetime:
        return self.started_at + timedelta(minutes=self.minutes)

    def seconds_left(self, now: datetime) -> int:
        return max(0, int((self.deadline - now).total_seconds()))

    def choose(self, position: int, option: int) -> None:
        if self.submitted:
            raise ValueError("the exam is over")
        self.answers[position] = option

    def toggle_mark(self, position: int) -> None:
        self.marked ^= {position}

    def unanswered(self) -> list[int]:
        return [p for p in range(len(self.items)) if p not in self.answers]

    def correct(self, position: int) -> bool:
        return self.answers.get(position) == self.items[position].answer

    def result(self) -> MockResult:
        per: dict[int, list[bool]] = defaultdict(list)
        for position, item in enumerate(self.items):
            per[item.subject].append(self.correct(position))
        return MockResult([SubjectScore(s, sum(marks), len(marks)) for s, marks in sorted(per.items())])
