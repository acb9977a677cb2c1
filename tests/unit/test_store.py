"""SQLite store: WAL, aware UTC datetimes, append-only review log, migrations, answers saved."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta, timezone

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError
from sqlmodel import select

from quizapp.review.study import StudyService
from quizapp.store import Store, repo
from quizapp.store.engine import HEAD_REVISION, MIGRATIONS_DIR, current_revision, make_engine, upgrade
from quizapp.store.tables import QuizAnswerRow, QuizSessionRow, ReviewLogRow


def test_file_database_uses_wal_and_normal_sync(tmp_path):
    store = Store.open(f"sqlite:///{tmp_path / 'q.db'}")
    with store.engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA synchronous")).scalar() == 1  # NORMAL
        assert conn.execute(text("PRAGMA busy_timeout")).scalar() == 5000
    store.close()


def test_default_database_lives_in_the_data_dir(data_dir):
    store = Store.open()
    assert (data_dir / "quizapp.db").exists()
    store.close()


def test_alembic_head_matches_the_fast_path_constant():
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    assert ScriptDirectory.from_config(config).get_current_head() == HEAD_REVISION


def test_database_from_the_first_revision_opens_after_a_later_migration(tmp_path):
    url = f"sqlite:///{tmp_path / 'old.db'}"
    old = make_engine(url)
    upgrade(old, "0001")
    assert current_revision(old) == "0001"
    with old.begin() as conn:  # progress written by the first release
        conn.execute(text(
            "INSERT INTO quiz_session (id, started_at, scope, item_count) "
            "VALUES (1, '2026-01-01 10:00:00.000000', 't:eda-basics', 5)"
        ))
        conn.execute(text(
            "INSERT INTO review_log (item_id, rating, reviewed_at, duration_ms, source) "
            "VALUES ('x', 3, '2026-01-01 10:01:00.000000', 900, 'quiz')"
        ))
    old.dispose()

    store = Store.open(url)  # upgrades to head on open
    assert current_revision(store.engine) == HEAD_REVISION
    with store.session() as session:
        row = session.exec(select(QuizSessionRow)).one()
        assert row.mode == "practice" and row.scope == "t:eda-basics"
        assert row.started_at == datetime(2026, 1, 1, 10, tzinfo=timezone.utc)
        assert repo.review_count(session=session) == 1
    store.close()


def test_datetimes_come_back_aware_utc_and_naive_ones_are_refused(memory_store):
    kst = timezone(timedelta(hours=9))
    with memory_store.session() as session:
        sid = repo.start_quiz_session(
            session=session, scope="all", item_count=1, started_at=datetime(2026, 3, 1, 9, tzinfo=kst)
        )
    with memory_store.session() as session:
        row = session.get(QuizSessionRow, sid)
        assert row.started_at == datetime(2026, 3, 1, 0, tzinfo=timezone.utc)
        assert row.started_at.tzinfo is not None
    with pytest.raises(Exception, match="naive"):
        with memory_store.session() as session:
            repo.start_quiz_session(session=session, scope="all", item_count=1, started_at=datetime(2026, 3, 1))


def test_review_log_is_append_only(tmp_path):
    store = Store.open(f"sqlite:///{tmp_path / 'q.db'}")
    with store.session() as session:
        repo.append_review(
            session=session, item_id="a", rating=3, reviewed_at=datetime.now(timezone.utc),
            duration_ms=10, source="quiz",
        )
    for statement in ("UPDATE review_log SET rating = 4", "DELETE FROM review_log"):
        with pytest.raises(DBAPIError, match="append-only"):
            with store.engine.begin() as conn:
                conn.execute(text(statement))
    store.close()


def test_answer_is_saved_with_choice_time_and_schedule(small_bank, memory_store, clock):
    study = StudyService(store=memory_store, bank=small_bank, clock=clock)
    plan = study.start_quiz("t:eda-basics")
    [item] = plan.items
    outcome = study.answer(plan, 0, chosen=3, duration_ms=4321)
    assert outcome.correct is False
    assert clock.now < outcome.next_due <= clock.now + timedelta(minutes=10)
    with memory_store.session() as session:
        [row] = session.exec(select(QuizAnswerRow)).all()
        assert (row.item_id, row.chosen, row.correct, row.duration_ms) == (item.id, 3, False, 4321)
        [log] = session.exec(select(ReviewLogRow)).all()
        assert (log.rating, log.duration_ms) == (1, 4321)
        schedule = repo.load_schedule(session=session, item_id=item.id)
        assert schedule.reps == 1 and schedule.card.due == outcome.next_due
    with pytest.raises(ValueError):
        study.answer(plan, 0, chosen=1, duration_ms=1)


def test_right_answers_push_the_next_review_further_out(small_bank, memory_store, clock):
    study = StudyService(store=memory_store, bank=small_bank, clock=clock)
    gaps = []
    for _ in range(4):
        plan = study.start_quiz("t:eda-basics")
        outcome = study.answer(plan, 0, chosen=plan.items[0].answer, duration_ms=1000)
        gaps.append(outcome.next_due - clock.now)
        clock.now = outcome.next_due
    assert gaps == sorted(gaps) and gaps[-1] >= timedelta(days=2)


def test_quiz_serves_due_items_before_new_ones(small_bank, memory_store, clock):
    study = StudyService(store=memory_store, bank=small_bank, clock=clock)
    plan = study.start_quiz("s:1", limit=1)
    study.answer(plan, 0, chosen=1 if plan.items[0].answer != 1 else 2, duration_ms=500)
    clock.advance(hours=1)
    again = study.start_quiz("s:1", limit=1)
    assert again.items[0].id == plan.items[0].id


def test_settings_round_trip(memory_store):
    with memory_store.session() as session:
        repo.set_setting(session=session, key="lang", value="en")
        repo.set_setting(session=session, key="limits", value={"new": 20, "이름": "한글"})
    with memory_store.session() as session:
        assert repo.get_setting(session=session, key="lang") == "en"
        assert repo.get_setting(session=session, key="limits") == {"new": 20, "이름": "한글"}
        assert repo.get_setting(session=session, key="missing", default=7) == 7


def test_sqlite_file_passes_integrity_check_after_use(tmp_path, small_bank, clock):
    path = tmp_path / "q.db"
    store = Store.open(f"sqlite:///{path}")
    study = StudyService(store=store, bank=small_bank, clock=clock)
    plan = study.start_quiz("all")
    for position, item in enumerate(plan.items):
        study.answer(plan, position, item.answer, 100)
    store.close()
    assert sqlite3.connect(path).execute("PRAGMA integrity_check").fetchone() == ("ok",)
