"""Quiz sessions remember their mode (practice now; mock exams and retries later).

Revision ID: 0002
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("quiz_session") as batch:
        batch.add_column(
            sa.Column("mode", sa.String(), nullable=False, server_default="practice")
        )


def downgrade() -> None:
    with op.batch_alter_table("quiz_session") as batch:
        batch.drop_column("mode")
