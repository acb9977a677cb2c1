"""FSRS scheduling through the ``fsrs`` package (we do not write our own scheduler)."""

from __future__ import annotations

import dataclasses

from datetime import datetime

from fsrs import Card, Rating, Scheduler, State

from quizapp.store.repo import ItemSchedule


def make_scheduler(desired_retention: float = 0.9) -> Scheduler:
    return Scheduler(desired_retention=desired_retention)


def rating_for_answer(correct: bool) -> Rating:
    """A wrong answer is Again, a right one Good (confidence-based Hard/Easy come with review)."""
    return Rating.Good if correct else Rating.Again


def rating_for_drill(status: str, hints_used: int) -> Rating:
    """Coding drills: pass without hints Good, pass after hints Hard, fail or error Again."""
    if status != "pass":
        return Rating.Again
    return Rating.Hard if hints_used else Rating.Good


def apply_rating(
    scheduler: Scheduler,
    schedule: ItemSchedule | None,
    *,
    item_id: str,
    rating: Rating,
    now: datetime,
    duration_ms: int | None = None,
) -> ItemSchedule:
    """The item's schedule after ``rating`` at ``now`` (a new item starts as a fresh Card)."""
    if schedule is None:
        schedule = ItemSchedule(item_id=item_id, card=Card(due=now))
    was_review = schedule.card.state == State.Review
    card, _log = scheduler.review_card(
        schedule.card, rating, review_datetime=now, review_duration=duration_ms
    )
    lapses = schedule.lapses + (1 if was_review and rating == Rating.Again else 0)
    return dataclasses.replace(schedule, card=card, reps=schedule.reps + 1, lapses=lapses)
