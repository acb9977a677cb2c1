"""Storage: SQLModel tables, engine factory, repository functions, Alembic migrations."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Engine
from sqlmodel import Session

from quizapp.store.engine import StoreError, make_engine, migrate


class Store:
    """An engine whose schema is up to date, handing out short sessions."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    @classmethod
    def open(cls, url: str | None = None) -> Store:
        """Open (and migrate) the database at ``url``; default: SQLite in the user data dir."""
        if url is None:
            from quizapp.paths import default_db_url

            url = default_db_url()
        engine = make_engine(url)
        migrate(engine)
        return cls(engine)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A unit of work: committed when the block ends, rolled back on error."""
        with Session(self.engine, expire_on_commit=False) as session:
            with session.begin():
                yield session

    def close(self) -> None:
        self.engine.dispose()


__all__ = ["Store", "StoreError", "make_engine", "migrate"]
