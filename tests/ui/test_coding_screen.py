"""The coding screen as a learner uses it: open a drill, write code, ctrl+r, read the result."""

from __future__ import annotations

import pytest
from fsrs import Rating
from textual.widgets import DataTable, OptionList, Static, TextArea

from quizapp.bank import BankSource, load_bank
from quizapp.grading.service import GradingClient
from quizapp.paths import shipped_bank_dir
from quizapp.ui.app import make_app
from quizapp.ui.screens.drills import CodeScreen, DrillListScreen
from tests.ui.helpers import settle

RIGHT = "import numpy as np\n\n\ndef mse(y_true, y_pred):\n    return float(np.mean((y_true - y_pred) ** 2))\n"
WRONG = "import numpy as np\n\n\ndef mse(y_true, y_pred):\n    return float(np.sum((y_true - y_pred) ** 2))\n"


@pytest.fixture(scope="module")
def shipped():
    return load_bank([BankSource(shipped_bank_dir())])


@pytest.fixture(scope="module")
def grading():
    client = GradingClient()
    client.start()
    yield client
    client.close()


def screen_text(screen, selector: str) -> str:
    return str(screen.query_one(selector, Static).content)


async def open_mse(app, pilot) -> CodeScreen:
    await settle(app, pilot)
    await pilot.press("d")
    await settle(app, pilot)
    assert isinstance(app.screen, DrillListScreen)
    menu = app.screen.query_one("#drills", OptionList)
    menu.highlighted = next(i for i in range(menu.option_count) if menu.get_option_at_index(i).id == "dl.loss.mse")
    await pilot.press("enter")
    await pilot.pause()
    assert isinstance(app.screen, CodeScreen)
    return app.screen


async def run_tests(app, pilot, screen: CodeScreen, source: str | None = None) -> None:
    if source is not None:
        screen.query_one("#code-editor", TextArea).load_text(source)
    await pilot.press("ctrl+r")
    await settle(app, pilot)
    await settle(app, pilot)


async def test_wrong_then_right_code_shows_results_and_schedules_again(memory_store, shipped, grading, clock):
    app = make_app(store=memory_store, bank=shipped, grader=grading, clock=clock)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_mse(app, pilot)
        editor = screen.query_one("#code-editor", TextArea)
        assert "def mse(y_true, y_pred):" in editor.text  # the starter is pre-filled
        await pilot.press("f3")  # no solution before an attempt
        await pilot.pause()
        assert screen.query_one("#code-solution").display is False

        await run_tests(app, pilot, screen, WRONG)
        status = screen_text(screen, "#code-status")
        assert "실패" in status and "통과" in status and "다시(Again)" in status
        table = screen.query_one("#code-results", DataTable)
        assert table.row_count >= 5
        failure = screen_text(screen, "#code-failure")
        assert "처음 실패한 사례" in failure and "기대" in failure and "받은 값" in failure

        await run_tests(app, pilot, screen, RIGHT)
        assert "통과" in screen_text(screen, "#code-status")
        assert screen.query_one("#code-failure").display is False or not screen_text(screen, "#code-failure")

        await pilot.press("f3")
        await settle(app, pilot)
        assert "def mse" in screen_text(screen, "#code-solution") or screen.solution_text
    study = app.study
    attempts = study.drill_attempts("dl.loss.mse")
    assert [a.status for a in attempts] == ["fail", "pass"]
    with memory_store.session() as session:
        from quizapp.store import repo

        schedule = repo.load_schedule(session=session, item_id="dl.loss.mse")
    assert schedule is not None and schedule.lapses == 0 and schedule.reps == 1  # rated once, as Again


@pytest.mark.parametrize(("hints", "expected"), [(0, Rating.Good), (1, Rating.Hard)])
async def test_first_pass_is_good_and_pass_after_hints_is_hard(memory_store, shipped, grading, clock, hints, expected):
    app = make_app(store=memory_store, bank=shipped, grader=grading, clock=clock)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_mse(app, pilot)
        for _ in range(hints):
            await pilot.press("f2")
        await pilot.pause()
        if hints:
            assert "힌트 1/3" in str(screen.query_one("#code-hints", Static).content.markup)
        await run_tests(app, pilot, screen, RIGHT)
        expected_label = {Rating.Good: "좋음(Good)", Rating.Hard: "어려움(Hard)"}[expected]
        assert expected_label in screen_text(screen, "#code-status")
    with memory_store.session() as session:
        from quizapp.store.tables import ReviewLogRow
        from sqlmodel import select

        ratings = [r.rating for r in session.exec(select(ReviewLogRow).where(ReviewLogRow.source == "drill"))]
    assert ratings == [int(expected)]


async def test_drafts_are_saved_and_restored(memory_store, shipped, grading, clock):
    app = make_app(store=memory_store, bank=shipped, grader=grading, clock=clock)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_mse(app, pilot)
        screen.query_one("#code-editor", TextArea).load_text("# 내 초안\n" + WRONG)
        await pilot.press("escape")
        await settle(app, pilot)
        assert isinstance(app.screen, DrillListScreen)
        screen = await open_mse(app, pilot)
        assert screen.query_one("#code-editor", TextArea).text.startswith("# 내 초안")


async def test_ui_stays_responsive_while_grading(memory_store, shipped, grading, clock):
    slow = "import time\n\ndef mse(y_true, y_pred):\n    time.sleep(0.4)\n    return 0.0\n"
    app = make_app(store=memory_store, bank=shipped, grader=grading, clock=clock)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_mse(app, pilot)
        screen.query_one("#code-editor", TextArea).load_text(slow)
        await pilot.press("ctrl+r")
        await pilot.pause()
        assert "채점 중" in screen_text(screen, "#code-status")
        await pilot.press("f2")  # keys still work while the grade runs in a worker thread
        await pilot.pause()
        assert screen.hints_shown == 1
        await settle(app, pilot)
        await settle(app, pilot)
        assert "실패" in screen_text(screen, "#code-status") or "오류" in screen_text(screen, "#code-status")
