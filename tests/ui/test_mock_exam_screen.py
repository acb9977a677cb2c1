"""The mock 필기 exam as a learner takes it: answer, mark, change, run out of time, see 과락."""

from __future__ import annotations

import random
from datetime import timedelta

from textual.widgets import DataTable, OptionList, Static

from quizapp.bank import BankSource, load_bank
from quizapp.paths import shipped_bank_dir
from quizapp.ui.app import make_app
from quizapp.ui.screens.mock import MockExamScreen, MockIntroScreen, MockResultScreen
from tests.ui.helpers import settle

BANK = load_bank([BankSource(shipped_bank_dir())])


async def test_timer_ends_the_exam_and_scores_per_subject_with_gwarak(memory_store, clock):
    app = make_app(store=memory_store, bank=BANK, clock=clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        app.study.rng = random.Random(3)
        await pilot.press("e")
        await pilot.pause()
        assert isinstance(app.screen, MockIntroScreen)
        await pilot.press("enter")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, MockExamScreen)
        exam = screen.exam
        assert len(exam.items) == 80 and "남은 시간 2:00:00" in str(screen.query_one("#mock-status", Static).content)
        # answer subjects 1-3 right (subject 4 left blank), change one answer, mark one
        for position, item in enumerate(exam.items):
            if item.subject == 4:
                continue
            screen.position = position
            wrong = item.answer % len(item.options) + 1
            await pilot.press(str(wrong))
            await pilot.press(str(item.answer))  # changing an answer is allowed
        await pilot.press("m")
        assert exam.marked
        clock.advance(minutes=120, seconds=1)
        screen.tick()
        await settle(app, pilot)
        assert isinstance(app.screen, MockResultScreen)
        verdict = str(app.screen.query_one("#mock-verdict", Static).content)
        assert "평균 75점" in verdict and "불합격" in verdict and "과락: 4과목" in verdict
        rows = [[str(c) for c in app.screen.query_one("#mock-scores", DataTable).get_row_at(i)] for i in range(4)]
        assert rows[0][2] == "100" and rows[3][2:] == ["0", "과락"]
        nav = app.screen.query_one("#mock-review-nav", OptionList)
        nav.highlighted = 0
        await pilot.press("enter")
        await pilot.pause()
        assert "해설" in str(app.screen.query_one("#mock-review", Static).content.markup)
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, MockIntroScreen)
        history = app.screen.query_one("#mock-history", DataTable)
        assert history.row_count == 1
        assert [str(c) for c in history.get_row_at(0)][-2:] == ["75", "불합격"]
    # answers fed FSRS and are stored: 60 answered items now have a schedule
    from sqlmodel import select

    from quizapp.store.tables import ItemStateRow, ReviewLogRow

    with memory_store.session() as session:
        assert len(session.exec(select(ItemStateRow)).all()) == 60
        assert {r.source for r in session.exec(select(ReviewLogRow))} == {"mock"}


async def test_submit_asks_for_confirmation_first(memory_store, clock):
    app = make_app(store=memory_store, bank=BANK, clock=clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        await pilot.press("e")
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("1")
        await pilot.press("f10")
        await pilot.pause()
        assert "답하지 않은 문항 79개" in str(app.screen.query(Static)[1].content)
        await pilot.press("n")
        await pilot.pause()
        assert isinstance(app.screen, MockExamScreen) and not app.screen.exam.submitted
        await pilot.press("f10")
        await pilot.pause()
        await pilot.press("y")
        await settle(app, pilot)
        assert isinstance(app.screen, MockResultScreen)
