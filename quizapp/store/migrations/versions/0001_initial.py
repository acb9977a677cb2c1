"""First schema: scheduling state, append-only review log, quiz sessions and answers, settings.

Revision ID: 0001
Revises:
"""

import sqlalchemy as sa
from alembic import op

from quizapp.store.tables import UTCDateTime

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "item_state",
        sa.Column("item_id", sa.String(), primary_key=True),
        sa.Column("card_id", sa.Integer(), nullable=False),
        sa.Column("state", sa.Integer(), nullable=False),
        sa.Column("step", sa.Integer(), nullable=True),
        sa.Column("stability", sa.Float(), nullable=True),
        sa.Column("difficulty", sa.Float(), nullable=True),
        sa.Column("due", UTCDateTime(), nullable=False),
        sa.Column("last_review", UTCDateTime(), nullable=True),
        sa.Column("reps", sa.Integer(), nullable=False),
        sa.Column("lapses", sa.Integer(), nullable=False),
    )
    op.create_index("ix_item_state_due", "item_state", ["due"])

    op.create_table(
        "review_log",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("item_id", sa.String(), nullable=False),
        sa.Column("rating", sa.Integer(), nullable=False),
        sa.Column("reviewed_at", UTCDateTime(), nullable=False),
        sa.Column("duration_ms", sa.Integer(), nullable=True),
        sa.Column("source", sa.String(), nullable=False),
    )
    op.create_index("ix_review_log_item_id", "review_log", ["item_id"])
    op.create_index("ix_review_log_reviewed_at", "review_log", ["reviewed_at"])

    op.create_table(
        "quiz_session",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("started_at", UTCDateTime(), nullable=False),
        sa.Column("ended_at", UTCDateTime(), nullable=True),
        sa.Column("scope", sa.String(), nullable=False),
        sa.Column("item_count", sa.Integer(), nullable=False),
    )
    op.create_index("ix_quiz_session_started_at", "quiz_session", ["started_at"])

    op.create_table(
        "quiz_answer",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("session_id", sa.Integer(), sa.ForeignKey("quiz_session.id"), nullable=False),
        sa.Column("item_id", sa.String(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("chosen", sa.Integer(), nullable=False),
        sa.Column("correct", sa.Boolean(), nullable=False),
        sa.Column("duration_ms", sa.Integer(), nullable=False),
        sa.Column("answered_at", UTCDateTime(), nullable=False),
    )
    op.create_index("ix_quiz_answer_session_id", "quiz_answer", ["session_id"])
    op.create_index("ix_quiz_answer_item_id", "quiz_answer", ["item_id"])

    op.create_table(
        "setting",
        sa.Column("key", sa.String(), primary_key=True),
        sa.Column("value", sa.String(), nullable=False),
    )

    if op.get_bind().dialect.name == "sqlite":
        # The review log is append-only: the database itself refuses edits and deletions.
        op.execute(
            "CREATE TRIGGER review_log_no_update BEFORE UPDATE ON review_log "
            "BEGIN SELECT RAISE(ABORT, 'review_log is append-only'); END"
        )
        op.execute(
            "CREATE TRIGGER review_log_no_delete BEFORE DELETE ON review_log "
            "BEGIN SELECT RAISE(ABORT, 'review_log is append-only'); END"
        )


def downgrade() -> None:
    for name in ("setting", "quiz_answer", "quiz_session", "review_log", "item_state"):
        op.drop_table(name)
