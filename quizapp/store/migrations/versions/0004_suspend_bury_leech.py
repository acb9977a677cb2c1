"""Items can be suspended, buried until a time, and flagged as leeches.

Revision ID: 0004
Revises: 0003
"""

import sqlalchemy as sa
from alembic import op

from quizapp.store.tables import UTCDateTime

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("item_state") as batch:
        batch.add_column(sa.Column("suspended", sa.Boolean(), nullable=False, server_default=sa.false()))
        batch.add_column(sa.Column("buried_until", UTCDateTime(), nullable=True))
        batch.add_column(sa.Column("leech", sa.Boolean(), nullable=False, server_default=sa.false()))


def downgrade() -> None:
    with op.batch_alter_table("item_state") as batch:
        batch.drop_column("leech")
        batch.drop_column("buried_until")
        batch.drop_column("suspended")
