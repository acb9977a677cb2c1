"""Settings are validated in Korean, saved, and used after a restart."""

from __future__ import annotations

from textual.widgets import Input, Select, Static

from quizapp.ui.app import make_app
from quizapp.ui.screens.settings import SettingsScreen, validate
from tests.ui.helpers import settle


def test_validation_names_every_bad_field():
    form = {"exam_written": "2027/04/05", "exam_practical": "2027-03-01", "desired_retention": "1.5",
            "daily_new": "-3", "daily_reviews": "abc", "lang": "ko", "theme": "nord"}
    _, errors = validate(form)
    assert len(errors) == 4
    assert any("필기 시험일" in e and "YYYY-MM-DD" in e for e in errors)
    assert any("목표 기억률" in e for e in errors)
    ok, errors = validate({**form, "exam_written": "2027-04-05", "exam_practical": "2027-06-20",
                           "desired_retention": "0.85", "daily_new": "30", "daily_reviews": "300"})
    assert errors == [] and ok["desired_retention"] == 0.85 and ok["daily_new"] == 30


async def test_settings_are_saved_and_applied(memory_store, small_bank, clock):
    app = make_app(store=memory_store, bank=small_bank, clock=clock)
    async with app.run_test(size=(100, 40)) as pilot:
        await settle(app, pilot)
        await pilot.press("o")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, SettingsScreen)
        screen.query_one("#set-exam_written", Input).value = (clock().date() + __import__("datetime").timedelta(days=9)).isoformat()
        screen.query_one("#set-daily_new", Input).value = "0"
        screen.query_one("#set-desired_retention", Input).value = "0.8"
        screen.query_one("#set-theme", Select).value = "nord"
        await pilot.press("ctrl+s")
        await pilot.pause()
        status = str(screen.query_one("#settings-status", Static).content)
        assert "저장했습니다" in status and "합격 확률" in status and "1과목 예상" in status
        assert app.theme == "nord"
        assert abs(app.study.scheduler.desired_retention - 0.8) < 1e-9
        # 5 unseen items, 2 days before the review week: the plan raises the daily target to 3
        assert app.study.get_setting("daily_new") == 3 and "3개로 맞췄습니다" in status
        screen.query_one("#set-daily_new", Input).value = "many"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert "하루 새 문항 수" in str(screen.query_one("#settings-status", Static).content)
    reopened = make_app(store=memory_store, bank=small_bank, clock=clock)
    async with reopened.run_test(size=(100, 40)) as pilot:
        await settle(reopened, pilot)
        assert reopened.theme == "nord"
        assert reopened.study.get_setting("exam_written") == (clock().date() + __import__("datetime").timedelta(days=9)).isoformat()
