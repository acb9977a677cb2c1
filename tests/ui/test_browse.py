"""Browse: search in Korean or English, filter, open an item with its history, quiz the results."""

from __future__ import annotations

from textual.widgets import Input, OptionList, Select, Static

from quizapp.ui.app import make_app
from quizapp.ui.screens.browse import BrowseScreen
from quizapp.ui.screens.quiz import QuizScreen
from tests.ui.helpers import settle


async def test_search_filter_open_and_quiz(memory_store, small_bank, clock):
    app = make_app(store=memory_store, bank=small_bank, clock=clock)
    async with app.run_test(size=(110, 36)) as pilot:
        await settle(app, pilot)
        study = app.study
        target = small_bank.of_kind("mcq")[0]
        plan = study.start_quiz(f"t:{target.topic}", limit=50)
        answered = plan.items[0]
        study.answer(plan, 0, answered.answer, 500)
        await pilot.press("b")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, BrowseScreen)
        total = len(screen.results)
        assert total == len([i for i in small_bank.items.values() if i.kind in ("mcq", "flashcard", "code")])
        word = answered.stem.split()[0]
        screen.query_one("#browse-text", Input).value = word
        await pilot.pause()
        assert answered.id in screen.results and len(screen.results) < total
        screen.query_one("#browse-state", Select).value = "seen"
        await pilot.pause()
        assert screen.results == [answered.id]
        screen.show(answered.id)
        detail = screen.query_one("#browse-item", Static).content.markup
        assert "학습 기록" in detail and "Good" in detail
        screen.query_one("#browse-state", Select).value = "new"
        await pilot.pause()
        assert answered.id not in screen.results
        screen.query_one("#browse-text", Input).value = ""
        screen.query_one("#browse-kind", Select).value = "mcq"
        await pilot.pause()
        assert screen.results and all(small_bank.items[i].kind == "mcq" for i in screen.results)
        await pilot.press("ctrl+g")
        await pilot.pause()
        assert isinstance(app.screen, QuizScreen)
    assert study.search("zzzz-없는-단어") == []
