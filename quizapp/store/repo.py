"""Repository: keyword-only functions converting between table rows and domain objects."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from fsrs import Card, State
from sqlmodel import Session, col, func, select

from quizapp.store.tables import (
    CodeAttemptRow,
    CodeDraftRow,
    ItemStateRow,
    QuizAnswerRow,
    QuizSessionRow,
    ReviewLogRow,
    SettingRow,
)


@dataclass
class ItemSchedule:
    """Domain view of an item's schedule: the fsrs Card plus our counters."""

    item_id: str
    card: Card
    reps: int = 0
    lapses: int = 0
    suspended: bool = False
    buried_until: datetime | None = None
    leech: bool = False


@dataclass(frozen=True)
class AnswerRecord:
    item_id: str
    position: int
    chosen: int
    correct: bool
    duration_ms: int
    answered_at: datetime


# --- schedule ---------------------------------------------------------------------------------
def load_schedule(*, session: Session, item_id: str) -> ItemSchedule | None:
    row = session.get(ItemStateRow, item_id)
    return None if row is None else _to_schedule(row)


def _to_schedule(row: ItemStateRow) -> ItemSchedule:
    card = Card(
        card_id=row.card_id,
        state=State(row.state),
        step=row.step,
        stability=row.stability,
        difficulty=row.difficulty,
        due=row.due,
        last_review=row.last_review,
    )
    return ItemSchedule(item_id=row.item_id, card=card, reps=row.reps, lapses=row.lapses,
                        suspended=row.suspended, buried_until=row.buried_until, leech=row.leech)


def save_schedule(*, session: Session, schedule: ItemSchedule) -> None:
    card = schedule.card
    row = session.get(ItemStateRow, schedule.item_id) or ItemStateRow(
        item_id=schedule.item_id, card_id=card.card_id, state=int(card.state), due=card.due
    )
    row.card_id = card.card_id
    row.state = int(card.state)
    row.step = card.step
    row.stability = card.stability
    row.difficulty = card.difficulty
    row.due = card.due
    row.last_review = card.last_review
    row.reps = schedule.reps
    row.lapses = schedule.lapses
    row.suspended = schedule.suspended
    row.buried_until = schedule.buried_until
    row.leech = schedule.leech
    session.add(row)


def delete_schedule(*, session: Session, item_id: str) -> None:
    row = session.get(ItemStateRow, item_id)
    if row is not None:
        session.delete(row)


def held_item_ids(*, session: Session, now: datetime) -> set[str]:
    """Suspended items and items buried until later: kept out of every queue."""
    rows = session.exec(select(ItemStateRow.item_id).where(
        (ItemStateRow.suspended == True) | (col(ItemStateRow.buried_until) > now)))  # noqa: E712
    return set(rows)


def flagged_item_ids(*, session: Session, flag: str) -> set[str]:
    column = {"suspended": ItemStateRow.suspended, "leech": ItemStateRow.leech}[flag]
    return set(session.exec(select(ItemStateRow.item_id).where(column == True)))  # noqa: E712


def delete_answer(*, session: Session, answer_id: int) -> None:
    row = session.get(QuizAnswerRow, answer_id)
    if row is not None:
        session.delete(row)


def last_answer_id(*, session: Session, quiz_session_id: int) -> int | None:
    return session.exec(select(func.max(QuizAnswerRow.id)).where(QuizAnswerRow.session_id == quiz_session_id)).one()


def due_item_ids(*, session: Session, now: datetime) -> set[str]:
    rows = session.exec(select(ItemStateRow.item_id).where(
        ItemStateRow.due <= now, ItemStateRow.suspended == False,  # noqa: E712
        (col(ItemStateRow.buried_until).is_(None)) | (col(ItemStateRow.buried_until) <= now)))
    return set(rows)


def seen_item_ids(*, session: Session) -> set[str]:
    return set(session.exec(select(ItemStateRow.item_id)))


def due_order(*, session: Session, item_ids: list[str]) -> list[tuple[str, datetime]]:
    """``(item_id, due)`` for those of ``item_ids`` that have been studied, soonest due first."""
    if not item_ids:
        return []
    stmt = (
        select(ItemStateRow.item_id, ItemStateRow.due)
        .where(col(ItemStateRow.item_id).in_(item_ids))
        .order_by(ItemStateRow.due)
    )
    return [(item_id, due) for item_id, due in session.exec(stmt)]


# --- review log (append-only) ---------------------------------------------------------------------
def append_review(
    *,
    session: Session,
    item_id: str,
    rating: int,
    reviewed_at: datetime,
    duration_ms: int | None,
    source: str,
) -> None:
    session.add(
        ReviewLogRow(
            item_id=item_id,
            rating=rating,
            reviewed_at=reviewed_at,
            duration_ms=duration_ms,
            source=source,
        )
    )


def review_count(*, session: Session) -> int:
    return session.exec(select(func.count()).select_from(ReviewLogRow)).one()


# --- quiz sessions ----------------------------------------------------------------------------
def start_quiz_session(
    *, session: Session, scope: str, item_count: int, started_at: datetime, mode: str = "practice"
) -> int:
    row = QuizSessionRow(scope=scope, item_count=item_count, started_at=started_at, mode=mode)
    session.add(row)
    session.flush()
    assert row.id is not None
    return row.id


def finish_quiz_session(*, session: Session, quiz_session_id: int, ended_at: datetime) -> None:
    row = session.get(QuizSessionRow, quiz_session_id)
    if row is not None and row.ended_at is None:
        row.ended_at = ended_at
        session.add(row)


def record_answer(*, session: Session, quiz_session_id: int, answer: AnswerRecord) -> None:
    session.add(
        QuizAnswerRow(
            session_id=quiz_session_id,
            item_id=answer.item_id,
            position=answer.position,
            chosen=answer.chosen,
            correct=answer.correct,
            duration_ms=answer.duration_ms,
            answered_at=answer.answered_at,
        )
    )


def session_answers(*, session: Session, quiz_session_id: int) -> list[AnswerRecord]:
    rows = session.exec(
        select(QuizAnswerRow)
        .where(QuizAnswerRow.session_id == quiz_session_id)
        .order_by(QuizAnswerRow.position)
    )
    return [
        AnswerRecord(r.item_id, r.position, r.chosen, r.correct, r.duration_ms, r.answered_at)
        for r in rows
    ]


# --- settings ---------------------------------------------------------------------------------
def get_setting(*, session: Session, key: str, default: Any = None) -> Any:
    row = session.get(SettingRow, key)
    return default if row is None else json.loads(row.value)


def set_setting(*, session: Session, key: str, value: Any) -> None:
    row = session.get(SettingRow, key) or SettingRow(key=key, value="null")
    row.value = json.dumps(value, ensure_ascii=False)
    session.add(row)


# --- coding drills ------------------------------------------------------------------------------
@dataclass(frozen=True)
class CodeAttempt:
    item_id: str
    attempted_at: datetime
    status: str
    passed: int
    total: int
    hints_used: int
    seed: int | None = None
    duration_ms: int | None = None


def load_draft(*, session: Session, item_id: str) -> str | None:
    row = session.get(CodeDraftRow, item_id)
    return row.source if row else None


def save_draft(*, session: Session, item_id: str, source: str, saved_at: datetime) -> None:
    row = session.get(CodeDraftRow, item_id)
    if row is None:
        session.add(CodeDraftRow(item_id=item_id, source=source, updated_at=saved_at))
    else:
        row.source, row.updated_at = source, saved_at
        session.add(row)


def record_code_attempt(*, session: Session, attempt: CodeAttempt) -> None:
    session.add(CodeAttemptRow(**attempt.__dict__))


def code_attempts(*, session: Session, item_id: str | None = None) -> list[CodeAttempt]:
    query = select(CodeAttemptRow).order_by(col(CodeAttemptRow.attempted_at), col(CodeAttemptRow.id))
    if item_id is not None:
        query = query.where(CodeAttemptRow.item_id == item_id)
    return [
        CodeAttempt(r.item_id, r.attempted_at, r.status, r.passed, r.total, r.hints_used, r.seed, r.duration_ms)
        for r in session.exec(query)
    ]


def mock_sessions(*, session: Session) -> list[tuple[datetime, list[tuple[str, bool]]]]:
    """Finished mock exams (newest first) with their answers."""
    sessions = session.exec(
        select(QuizSessionRow)
        .where(QuizSessionRow.mode == "mock", col(QuizSessionRow.ended_at).is_not(None))
        .order_by(col(QuizSessionRow.started_at).desc())
    ).all()
    out = []
    for row in sessions:
        answers = session.exec(select(QuizAnswerRow.item_id, QuizAnswerRow.correct).where(QuizAnswerRow.session_id == row.id))
        out.append((row.started_at, [(item_id, bool(correct)) for item_id, correct in answers]))
    return out


@dataclass(frozen=True)
class WrongAnswer:
    item_id: str
    chosen: int
    answered_at: datetime
    times_wrong: int
    fixed: bool  # answered right after the last wrong answer


def wrong_answers(*, session: Session) -> list[WrongAnswer]:
    """Every item ever answered wrong (with a choice), newest mistake first."""
    rows = session.exec(
        select(QuizAnswerRow.item_id, QuizAnswerRow.chosen, QuizAnswerRow.correct, QuizAnswerRow.answered_at)
        .order_by(col(QuizAnswerRow.answered_at), col(QuizAnswerRow.id))
    ).all()
    last_wrong: dict[str, tuple[int, datetime]] = {}
    count: dict[str, int] = {}
    fixed: dict[str, bool] = {}
    for item_id, chosen, correct, at in rows:
        if not correct and chosen:
            last_wrong[item_id] = (chosen, at)
            count[item_id] = count.get(item_id, 0) + 1
            fixed[item_id] = False
        elif correct and item_id in last_wrong:
            fixed[item_id] = True
    out = [WrongAnswer(i, c, at, count[i], fixed[i]) for i, (c, at) in last_wrong.items()]
    return sorted(out, key=lambda w: w.answered_at, reverse=True)


def review_history(*, session: Session, item_id: str) -> list[tuple[datetime, int, str]]:
    rows = session.exec(
        select(ReviewLogRow.reviewed_at, ReviewLogRow.rating, ReviewLogRow.source)
        .where(ReviewLogRow.item_id == item_id)
        .order_by(col(ReviewLogRow.reviewed_at))
    ).all()
    return [(at, rating, source) for at, rating, source in rows]


def all_reviews(*, session: Session) -> list[tuple[str, int, datetime]]:
    """Every review that stands: an "undo" entry cancels that item's latest review before it."""
    rows = session.exec(select(ReviewLogRow.item_id, ReviewLogRow.rating, ReviewLogRow.reviewed_at, ReviewLogRow.source)
                        .order_by(col(ReviewLogRow.id))).all()
    kept: list[tuple[str, int, datetime]] = []
    for item_id, rating, at, source in rows:
        if source == "undo":
            for n in range(len(kept) - 1, -1, -1):
                if kept[n][0] == item_id:
                    del kept[n]
                    break
            continue
        kept.append((item_id, rating, at))
    return sorted(kept, key=lambda r: r[2])


def all_schedules(*, session: Session) -> list[ItemSchedule]:
    return [_to_schedule(row) for row in session.exec(select(ItemStateRow)).all()]
