"""오답노트: wrong answers collected with the learner's choice, filtered, and retried."""

from __future__ import annotations

from textual.widgets import OptionList, Static

from quizapp.ui.app import make_app
from quizapp.ui.screens.quiz import QuizScreen
from quizapp.ui.screens.wrong_notes import WrongNotesScreen
from tests.ui.helpers import settle


async def test_wrong_answers_are_listed_with_my_choice_filtered_and_retried(memory_store, small_bank, clock):
    app = make_app(store=memory_store, bank=small_bank, clock=clock, quiz_size=4)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        study = app.study
        plan = study.start_quiz("all", limit=4)
        wrong_items = []
        for position, item in enumerate(plan.items):
            if position % 2 == 0:
                chosen = item.answer % len(item.options) + 1
                wrong_items.append((item, chosen))
            else:
                chosen = item.answer
            study.answer(plan, position, chosen, 1000)
        study.finish(plan)
        await pilot.press("w")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, WrongNotesScreen)
        menu = screen.query_one("#notes-list", OptionList)
        assert menu.option_count == len(wrong_items)
        assert {menu.get_option_at_index(i).id for i in range(menu.option_count)} == {i.id for i, _ in wrong_items}
        shown = menu.get_option_at_index(0).id
        item, chosen = next((i, c) for i, c in wrong_items if i.id == shown)
        detail = screen.query_one("#notes-item", Static).content.markup
        assert "내가 고른 답" in detail and item.options[chosen - 1].text in detail and "해설" in detail
        # a subject filter that excludes them
        subjects = {i.subject for i, _ in wrong_items}
        while not (screen.scope.startswith("s:") and int(screen.scope[2:]) not in subjects):
            await pilot.press("f")
            if screen.scope == "all":
                break
        if screen.scope != "all":
            assert menu.option_count == 0
        while screen.scope != "all":
            await pilot.press("f")
        await pilot.press("r")
        await pilot.pause()
        assert isinstance(app.screen, QuizScreen)
        assert {i.id for i in app.screen.plan.items} == {i.id for i, _ in wrong_items}
