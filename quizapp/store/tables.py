"""SQLModel tables. These are storage rows, not domain objects: ``repo`` converts between them.

Datetimes are timezone-aware UTC in Python and stored as UTC (naive on SQLite, ``timestamptz``
elsewhere). Every column a hot query filters or sorts on is indexed.
"""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Any

from sqlalchemy import DateTime, ForeignKey, Integer, TypeDecorator
from sqlmodel import Column, Field, SQLModel


class UTCDateTime(TypeDecorator):
    """Accepts only aware datetimes; always returns aware UTC datetimes."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column")
        value = value.astimezone(timezone.utc)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=timezone.utc)
        return value.astimezone(timezone.utc)


def _utc(*, index: bool = False, nullable: bool = False) -> Any:
    return Field(sa_column=Column(UTCDateTime(), index=index, nullable=nullable))


class ItemStateRow(SQLModel, table=True):
    """Current FSRS scheduling state of one bank item (absent = never studied)."""

    __tablename__ = "item_state"

    item_id: str = Field(primary_key=True)
    card_id: int
    state: int
    step: int | None = None
    stability: float | None = None
    difficulty: float | None = None
    due: datetime = _utc(index=True)
    last_review: datetime | None = _utc(nullable=True)
    reps: int = 0
    lapses: int = 0
    suspended: bool = False  # revision 0004
    buried_until: datetime | None = _utc(nullable=True)
    leech: bool = False


class ReviewLogRow(SQLModel, table=True):
    """Append-only: one row per rating (the FSRS optimiser needs every review)."""

    __tablename__ = "review_log"

    id: int | None = Field(default=None, primary_key=True)
    item_id: str = Field(index=True)
    rating: int
    reviewed_at: datetime = _utc(index=True)
    duration_ms: int | None = None
    source: str = "quiz"


class QuizSessionRow(SQLModel, table=True):
    __tablename__ = "quiz_session"

    id: int | None = Field(default=None, primary_key=True)
    started_at: datetime = _utc(index=True)
    ended_at: datetime | None = _utc(nullable=True)
    scope: str
    item_count: int
    mode: str = "practice"  # revision 0002


class QuizAnswerRow(SQLModel, table=True):
    __tablename__ = "quiz_answer"

    id: int | None = Field(default=None, primary_key=True)
    session_id: int = Field(
        sa_column=Column(Integer, ForeignKey("quiz_session.id"), index=True, nullable=False)
    )
    item_id: str = Field(index=True)
    position: int
    chosen: int  # 1-based option number
    correct: bool
    duration_ms: int
    answered_at: datetime = _utc()


class SettingRow(SQLModel, table=True):
    __tablename__ = "setting"

    key: str = Field(primary_key=True)
    value: str  # JSON


class CodeDraftRow(SQLModel, table=True):
    """The learner's latest text for a coding drill (revision 0003)."""

    __tablename__ = "code_draft"

    item_id: str = Field(primary_key=True)
    source: str
    updated_at: datetime = _utc()


class CodeAttemptRow(SQLModel, table=True):
    """One graded attempt at a coding drill (revision 0003)."""

    __tablename__ = "code_attempt"

    id: int | None = Field(default=None, primary_key=True)
    item_id: str = Field(index=True)
    attempted_at: datetime = _utc(index=True)
    status: str  # pass | fail | error
    passed: int
    total: int
    hints_used: int
    seed: int | None = None
    duration_ms: int | None = None
