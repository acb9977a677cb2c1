"""The Textual application. Imports no science library (numpy, pandas, torch… live in workers).

``make_app`` builds the App from its parts; without a store or a bank it loads them in a
thread worker after the first screen is painted, so the home screen appears at once and fills
in its counts when the data are ready.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from textual import work
from textual.app import App, SystemCommand
from textual.binding import Binding, BindingsMap
from textual.message import Message
from textual.screen import Screen

from quizapp.i18n import Translator

if TYPE_CHECKING:
    from quizapp.bank import Bank
    from quizapp.review.study import Clock, StudyService
    from quizapp.store import Store


def translate_bindings(node: Any, t: Translator) -> None:
    """Bindings are declared with catalog keys as descriptions; show them in the UI language."""
    keys: dict[str, list[Binding]] = {}
    for key, binding in node._bindings:
        description = binding.description
        if description.startswith("key."):
            binding = dataclasses.replace(binding, description=t(description))
        keys.setdefault(key, []).append(binding)
    node._bindings = BindingsMap.from_keys(keys)


class QuizApp(App):
    CSS_PATH = "quizapp.tcss"
    TITLE = "quizapp"
    BINDINGS = [
        Binding("question_mark", "help", "key.help"),
        Binding("ctrl+q", "quit", "key.quit", show=False, priority=True),
    ]

    class ServicesReady(Message):
        def __init__(self, study: StudyService | None, error: str | None = None) -> None:
            super().__init__()
            self.study = study
            self.error = error

    def __init__(
        self,
        *,
        store: Store | None = None,
        bank: Bank | None = None,
        grader: Any = None,
        db_url: str | None = None,
        user_bank: Path | None = None,
        lang: str | None = None,
        clock: Clock | None = None,
        quiz_size: int = 10,
    ) -> None:
        self._lang_forced = lang is not None
        self.t = Translator(lang or "ko")
        super().__init__()
        translate_bindings(self, self.t)
        self._store = store
        self._bank = bank
        self.grader = grader
        self._db_url = db_url
        self._user_bank = user_bank
        self._clock = clock
        self.quiz_size = quiz_size
        self.study: StudyService | None = None
        self.load_error: str | None = None
        self.title = self.t("app.title")

    # --- start-up ---------------------------------------------------------------------------
    def on_mount(self) -> None:
        from quizapp.ui.screens.home import HomeScreen

        self.push_screen(HomeScreen())
        self.call_after_refresh(self.load_services)

    @work(thread=True, exclusive=True, group="load", exit_on_error=False)
    def load_services(self) -> None:
        try:
            from quizapp.bank import default_sources, load_bank
            from quizapp.paths import cache_dir, data_dir
            from quizapp.review.study import StudyService, utc_now
            from quizapp.store import Store

            bank = self._bank or load_bank(default_sources(self._user_bank), cache_dir=cache_dir())
        except Exception as exc:  # shown to the learner, never a crash at start
            self.post_message(self.ServicesReady(None, self.t("app.bank_failed", error=exc)))
            return
        try:
            store = self._store or Store.open(self._db_url)
        except Exception as exc:
            where = self._db_url or str(data_dir() / "quizapp.db")
            self.post_message(self.ServicesReady(None, self.t("app.db_failed", where=where, error=exc)))
            return
        try:
            study = StudyService(store=store, bank=bank, clock=self._clock or utc_now)
            if not self._lang_forced:
                self.t = Translator(str(study.get_setting("lang", "ko")))
        except Exception as exc:
            self.post_message(self.ServicesReady(None, f"{type(exc).__name__}: {exc}"))
            return
        self.post_message(self.ServicesReady(study))

    def on_quiz_app_services_ready(self, message: ServicesReady) -> None:
        release_free_memory()
        self.study = message.study
        self.load_error = message.error
        if message.error:
            self.notify(self.t("app.load_failed", error=message.error), severity="error", timeout=30)
        elif self.study.bank.problems:
            count = len(self.study.bank.problems)
            self.notify(
                "\n".join([self.t("app.bank_warnings", count=count), *map(str, self.study.bank.problems[:5])]),
                severity="warning",
                timeout=15,
            )
        translate_bindings(self, self.t)
        self.title = self.t("app.title")
        if self.study is not None:
            theme = self.study.get_setting("theme", None)
            if isinstance(theme, str) and theme in self.available_themes:
                self.theme = theme
        for screen in self.screen_stack:
            if hasattr(screen, "services_ready"):
                self.call_later(screen.services_ready)

    # --- actions ------------------------------------------------------------------------------
    def action_help(self) -> None:
        from quizapp.ui.screens.help import HelpScreen

        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen())

    def action_go_home(self) -> None:
        from quizapp.ui.screens.home import HomeScreen

        while len(self.screen_stack) > 2 and not isinstance(self.screen, HomeScreen):
            self.pop_screen()
        if isinstance(self.screen, HomeScreen):
            self.screen.refresh_counts()

    def action_start_quiz(self) -> None:
        from quizapp.ui.screens.topics import TopicScreen

        if self.study is None:
            if self.load_error:
                self.notify(self.t("app.load_failed", error=self.load_error), severity="error")
            else:
                self.notify(self.t("app.not_ready"))
            return
        self.push_screen(TopicScreen())

    def action_open_drills(self) -> None:
        self._open_screen("drills", "DrillListScreen")

    def action_open_review(self) -> None:
        self._open_screen("review", "ReviewScreen")

    def action_open_stats(self) -> None:
        self._open_screen("stats", "StatsScreen")

    def action_open_browse(self) -> None:
        self._open_screen("browse", "BrowseScreen")

    def action_open_settings(self) -> None:
        self._open_screen("settings", "SettingsScreen")

    def action_open_notes(self) -> None:
        self._open_screen("wrong_notes", "WrongNotesScreen")

    def action_open_mock(self) -> None:
        self._open_screen("mock", "MockIntroScreen")

    def action_open_practical(self) -> None:
        self._open_screen("practical", "PracticalListScreen")

    def _open_screen(self, module: str, name: str) -> None:
        """Push a screen that needs the loaded bank and store (imported on first use)."""
        import importlib

        if self.study is None:
            self.notify(self.t("app.load_failed", error=self.load_error) if self.load_error else self.t("app.not_ready"))
            return
        self.push_screen(getattr(importlib.import_module(f"quizapp.ui.screens.{module}"), name)())

    def grading(self) -> Any:
        """The grader (started on first use, in its own process: the TUI never imports numpy)."""
        if self.grader is None:
            from quizapp.grading.service import GradingClient

            self.grader = GradingClient()
            self._own_grader = True
        return self.grader

    def on_unmount(self) -> None:
        if getattr(self, "_own_grader", False):
            self.grader.close()

    async def action_toggle_lang(self) -> None:
        self.t = Translator("en" if self.t.lang == "ko" else "ko")
        if self.study is not None:
            self.study.set_setting("lang", self.t.lang)
        translate_bindings(self, self.t)
        self.title = self.t("app.title")
        for screen in self.screen_stack:
            if isinstance(screen, Screen) and hasattr(screen, "relabel"):
                await screen.relabel()
        self.refresh_bindings()

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        t = self.t
        yield SystemCommand(t("cmd.help"), t("cmd.help.desc"), self.action_help)
        yield SystemCommand(t("cmd.home"), t("cmd.home.desc"), self.action_go_home)
        yield SystemCommand(t("cmd.quiz"), t("cmd.quiz.desc"), self.action_start_quiz)
        yield SystemCommand(t("cmd.drills"), t("cmd.drills.desc"), self.action_open_drills)
        yield SystemCommand(t("cmd.mock"), t("cmd.mock.desc"), self.action_open_mock)
        yield SystemCommand(t("cmd.notes"), t("cmd.notes.desc"), self.action_open_notes)
        yield SystemCommand(t("cmd.settings"), t("cmd.settings.desc"), self.action_open_settings)
        yield SystemCommand(t("cmd.browse"), t("cmd.browse.desc"), self.action_open_browse)
        yield SystemCommand(t("cmd.stats"), t("cmd.stats.desc"), self.action_open_stats)
        yield SystemCommand(t("cmd.practical"), t("cmd.practical.desc"), self.action_open_practical)
        yield SystemCommand(t("cmd.lang"), t("cmd.lang.desc"), self.action_toggle_lang)
        yield from super().get_system_commands(screen)


def release_free_memory() -> None:
    """Loading the bank and the store leaves freed heap pages behind; hand them back to the OS
    (glibc's malloc_trim) so the TUI stays inside its memory budget. A no-op elsewhere."""
    import ctypes
    import gc

    gc.collect()
    try:
        ctypes.CDLL("libc.so.6").malloc_trim(0)
    except (OSError, AttributeError):
        pass


def make_app(
    *,
    store: Store | None = None,
    bank: Bank | None = None,
    grader: Any = None,
    db_url: str | None = None,
    user_bank: Path | None = None,
    lang: str | None = None,
    clock: Clock | None = None,
    quiz_size: int = 10,
) -> QuizApp:
    """Build the App; every part can be passed in (tests pass an in-memory store and a small bank)."""
    return QuizApp(
        store=store,
        bank=bank,
        grader=grader,
        db_url=db_url,
        user_bank=user_bank,
        lang=lang,
        clock=clock,
        quiz_size=quiz_size,
    )
