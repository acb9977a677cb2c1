from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from quizapp.bank import BankSource, load_bank
from quizapp.paths import shipped_bank_dir
from quizapp.store import Store

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(autouse=True)
def data_dir(tmp_path, monkeypatch) -> Path:
    """Every test gets its own data folder; nothing touches the real user's home."""
    path = tmp_path / "data"
    monkeypatch.setenv("QUIZAPP_DATA_DIR", str(path))
    return path


@pytest.fixture
def small_bank():
    return load_bank(
        [BankSource(FIXTURES / "bank")], taxonomy_path=shipped_bank_dir() / "taxonomy.yaml"
    )


@pytest.fixture
def memory_store():
    store = Store.open("sqlite://")
    yield store
    store.close()


class FakeClock:
    """A settable UTC clock for scheduling tests."""

    def __init__(self, start: datetime | None = None) -> None:
        self.now = start or datetime(2026, 11, 1, 9, 0, tzinfo=timezone.utc)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()
