"""Exam-date planning: how many new items a day, and the predicted 필기 score on the exam day.

The prediction uses FSRS retrievability projected to the exam date for every studied question
and a 1-in-4 guess for the rest. A subject's 20 exam questions are modelled as a binomial draw
with that subject's mean recall, which gives a score range and, combining the four subjects
exactly, the probability of passing (average ≥ 60 and no subject under 40).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date, datetime, time, timezone

GUESS = 0.25  # four options
PER_SUBJECT = 20
REVIEW_DAYS_BEFORE_EXAM = 7  # the last week is for review, not new items
MAX_NEW_PER_DAY = 80


@dataclass(frozen=True)
class NewItemPlan:
    unseen: int
    days: int
    per_day: int
    feasible: bool
    message: str


def plan_new_items(unseen: int, today: date, exam: date, *, max_per_day: int = MAX_NEW_PER_DAY) -> NewItemPlan:
    days = (exam - today).days - REVIEW_DAYS_BEFORE_EXAM
    if unseen == 0:
        return NewItemPlan(0, max(days, 0), 0, True, "모든 문항을 이미 시작했습니다. 복습에 집중하세요.")
    if days <= 0:
        return NewItemPlan(unseen, 0, unseen, False,
                           f"시험까지 {(exam - today).days}일: 새 문항 {unseen}개를 모두 볼 시간이 없습니다. "
                           "자주 틀리는 세부항목부터 고르세요.")
    per_day = math.ceil(unseen / days)
    if per_day > max_per_day:
        return NewItemPlan(unseen, days, per_day, False,
                           f"하루 {per_day}개가 필요해 현실적이지 않습니다(권장 최대 {max_per_day}개). "
                           "시험일을 미루거나 범위를 좁히세요.")
    return NewItemPlan(unseen, days, per_day, True,
                       f"시험 {REVIEW_DAYS_BEFORE_EXAM}일 전까지 하루 새 문항 {per_day}개면 {unseen}개를 모두 봅니다.")


def binomial_pmf(n: int, p: float) -> list[float]:
    return [math.comb(n, k) * p**k * (1 - p) ** (n - k) for k in range(n + 1)]


@dataclass(frozen=True)
class SubjectForecast:
    subject: int
    recall: float  # mean probability of answering right on exam day

    @property
    def expected(self) -> float:
        return round(100 * self.recall, 1)

    @property
    def low_high(self) -> tuple[float, float]:
        """A 90% range of the subject score (binomial over its 20 questions)."""
        pmf = binomial_pmf(PER_SUBJECT, self.recall)
        cumulative, low, high = 0.0, None, None
        for k, p in enumerate(pmf):
            cumulative += p
            if low is None and cumulative >= 0.05:
                low = k
            if high is None and cumulative >= 0.95:
                high = k
        return 100 * (low or 0) / PER_SUBJECT, 100 * (high if high is not None else PER_SUBJECT) / PER_SUBJECT


def pass_probability(forecasts: list[SubjectForecast]) -> float:
    """P(every subject ≥ 8/20 and the total ≥ 48/80), subjects independent; exact."""
    floor = math.ceil(0.4 * PER_SUBJECT)
    totals = {0: 1.0}
    for forecast in forecasts:
        pmf = binomial_pmf(PER_SUBJECT, forecast.recall)
        nxt: dict[int, float] = {}
        for total, p_total in totals.items():
            for k in range(floor, PER_SUBJECT + 1):
                nxt[total + k] = nxt.get(total + k, 0.0) + p_total * pmf[k]
        totals = nxt
    need = math.ceil(0.6 * PER_SUBJECT * len(forecasts))
    return sum(p for total, p in totals.items() if total >= need)


def forecast(subject_recalls: dict[int, list[float]]) -> list[SubjectForecast]:
    return [SubjectForecast(s, sum(r) / len(r) if r else GUESS) for s, r in sorted(subject_recalls.items())]


def exam_moment(day: date) -> datetime:
    return datetime.combine(day, time(9, 0), tzinfo=timezone.utc)
