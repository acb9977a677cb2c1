"""Key reference, opened with ? anywhere."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Markdown, Static


class HelpScreen(ModalScreen[None]):
    BINDINGS = [
        Binding("escape", "dismiss", show=False),
        Binding("question_mark", "dismiss", show=False),
        Binding("q", "dismiss", show=False),
    ]

    def compose(self) -> ComposeResult:
        t = self.app.t
        with VerticalScroll(id="help"):
            yield Static(t("help.title"), classes="heading")
            yield Markdown(t("help.body"))

    def action_dismiss(self) -> None:
        self.dismiss(None)
