"""Alembic environment: run programmatically with ``config.attributes['connection']``."""

from alembic import context

from quizapp.store import tables  # noqa: F401  (registers the tables on the metadata)
from sqlmodel import SQLModel

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=SQLModel.metadata,
    render_as_batch=True,  # SQLite cannot ALTER most things in place
)
with context.begin_transaction():
    context.run_migrations()
