"""Exam-date planning and the score prediction."""

from __future__ import annotations

from datetime import date, timedelta

from quizapp.review.planner import SubjectForecast, pass_probability, plan_new_items
from quizapp.review.study import StudyService


def test_new_items_spread_over_the_days_before_the_review_week():
    plan = plan_new_items(300, date(2027, 3, 1), date(2027, 3, 31))
    assert plan.feasible and plan.days == 23 and plan.per_day == 14  # ceil(300 / 23)
    assert plan_new_items(0, date(2027, 3, 1), date(2027, 3, 31)).per_day == 0
    rushed = plan_new_items(3000, date(2027, 3, 1), date(2027, 3, 20))
    assert not rushed.feasible and "현실적이지 않습니다" in rushed.message
    late = plan_new_items(10, date(2027, 3, 28), date(2027, 3, 31))
    assert not late.feasible and late.days == 0


def test_pass_probability_accounts_for_gwarak():
    strong = [SubjectForecast(s, 0.9) for s in (1, 2, 3, 4)]
    assert pass_probability(strong) > 0.999
    guessing = [SubjectForecast(s, 0.25) for s in (1, 2, 3, 4)]
    assert pass_probability(guessing) < 0.001
    # a high average with one weak subject: 과락 makes passing unlikely
    lopsided = [SubjectForecast(1, 0.95), SubjectForecast(2, 0.95), SubjectForecast(3, 0.95), SubjectForecast(4, 0.2)]
    assert sum(f.expected for f in lopsided) / 4 > 60 and pass_probability(lopsided) < 0.2
    # exactly at the line: about a coin flip or less (two conditions must hold)
    edge = [SubjectForecast(s, 0.6) for s in (1, 2, 3, 4)]
    assert 0.3 < pass_probability(edge) < 0.65
    low, high = SubjectForecast(1, 0.6).low_high
    assert low < 60 < high


def test_forecast_rises_with_study_and_decays_toward_the_exam(memory_store, small_bank, clock):
    study = StudyService(store=memory_store, bank=small_bank, clock=clock)
    exam = clock().date() + timedelta(days=30)
    before = {f.subject: f.recall for f in study.exam_forecast(exam)}
    assert set(before.values()) == {0.25}
    plan = study.start_quiz("all", limit=len(small_bank.of_kind("mcq")))
    for position, item in enumerate(plan.items):
        study.answer(plan, position, item.answer, 1000)
    studied = {item.subject for item in plan.items}
    after = {f.subject: f.recall for f in study.exam_forecast(exam)}
    assert studied and all(after[s] > before[s] for s in studied)
    later = {f.subject: f.recall for f in study.exam_forecast(exam + timedelta(days=300))}
    assert all(later[s] < after[s] for s in studied)
