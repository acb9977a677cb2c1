"""Coding drills: saved drafts and graded attempts.

Revision ID: 0003
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op

from quizapp.store.tables import UTCDateTime

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "code_draft",
        sa.Column("item_id", sa.String(), primary_key=True),
        sa.Column("source", sa.String(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
    )
    op.create_table(
        "code_attempt",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("item_id", sa.String(), nullable=False),
        sa.Column("attempted_at", UTCDateTime(), nullable=False),
        sa.Column("status", sa.String(), nullable=False),
        sa.Column("passed", sa.Integer(), nullable=False),
        sa.Column("total", sa.Integer(), nullable=False),
        sa.Column("hints_used", sa.Integer(), nullable=False),
        sa.Column("seed", sa.BigInteger(), nullable=True),
        sa.Column("duration_ms", sa.Integer(), nullable=True),
    )
    op.create_index("ix_code_attempt_item_id", "code_attempt", ["item_id"])
    op.create_index("ix_code_attempt_attempted_at", "code_attempt", ["attempted_at"])


def downgrade() -> None:
    op.drop_table("code_attempt")
    op.drop_table("code_draft")
