"""The 실기 screens as a learner uses them: a task with its data, a run, typed answers, a mock exam."""

from __future__ import annotations

from textual.widgets import Input, OptionList, Static, TextArea

from quizapp.practical.spec import load_tasks
from quizapp.ui.app import make_app
from quizapp.ui.screens.practical import MockPracticalScreen, PracticalListScreen, PracticalTaskScreen
from tests.ui.helpers import settle

TASKS, _ = load_tasks()
TYPE1 = sorted(t for t, task in TASKS.items() if task.spec.type == 1)[0]


async def open_task(app, pilot, task_id: str) -> PracticalTaskScreen:
    await settle(app, pilot)
    await pilot.press("p")
    await pilot.pause()
    assert isinstance(app.screen, PracticalListScreen)
    menu = app.screen.query_one("#practical-tasks", OptionList)
    menu.highlighted = next(i for i in range(menu.option_count) if menu.get_option_at_index(i).id == task_id)
    await pilot.press("enter")
    await pilot.pause()
    assert isinstance(app.screen, PracticalTaskScreen)
    return app.screen


async def test_task_screen_runs_the_script_and_scores_typed_answers(memory_store, small_bank, clock):
    task = TASKS[TYPE1]
    app = make_app(store=memory_store, bank=small_bank, clock=clock)
    async with app.run_test(size=(110, 34)) as pilot:
        screen = await open_task(app, pilot, TYPE1)
        previews = list(screen.query(".preview"))
        assert previews and previews[0].row_count > 0  # the data file is shown
        screen.query_one("#code-editor", TextArea).load_text(task.reference_script().read_text(encoding="utf-8"))
        await pilot.press("ctrl+r")
        await pilot.pause()
        assert "실행하는 중" in str(screen.query_one("#practical-report", Static).content)
        await app.workers.wait_for_complete()
        await pilot.pause()
        report = str(screen.query_one("#practical-report", Static).content)
        assert "10/10점" in report
        box = screen.query_one("#answer-0", Input)
        assert box.value == str(task.answers()[0])  # the printed answer fills the answer box
        box.value = "99999"
        await pilot.press("ctrl+t")
        await pilot.pause()
        assert "0/10점" in str(screen.query_one("#practical-report", Static).content)
        await pilot.press("escape")
        await pilot.pause()
    assert memory_store is not None and app.study.drill_draft(TYPE1)  # the script is kept as a draft


async def test_mock_exam_counts_best_scores_and_ends_when_time_is_up(memory_store, small_bank, clock):
    app = make_app(store=memory_store, bank=small_bank, clock=clock)
    now = [1000.0]
    app.mock_clock = lambda: now[0]
    async with app.run_test(size=(110, 34)) as pilot:
        await settle(app, pilot)
        await pilot.press("p")
        await pilot.pause()
        await pilot.press("m")
        await pilot.pause()
        mock = app.screen
        assert isinstance(mock, MockPracticalScreen)
        kinds = [t.spec.type for t in mock.tasks]
        assert kinds == [1, 1, 1, 2, 3, 3]
        assert sum(t.spec.max_points for t in mock.tasks) == 100
        assert "3:00:00" in str(mock.query_one("#mock-timer", Static).content)
        first = mock.tasks[0]
        mock.record(first.id, {"points": 0, "max_points": 10})
        mock.record(first.id, {"points": 10, "max_points": 10})
        mock.record(first.id, {"points": 5, "max_points": 10})  # the best attempt counts
        assert mock.total() == 10
        now[0] += 180 * 60 + 1  # the 180 minutes are over
        mock.tick()
        await pilot.pause()
        assert mock.finished
        result = str(mock.query_one("#mock-result", Static).content)
        assert "10/100점" in result and "불합격" in result
        mock.record(mock.tasks[1].id, {"points": 10, "max_points": 10})  # nothing counts after the end
        assert mock.total() == 10
