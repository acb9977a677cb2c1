"""Home: new and due counts per subject, and the menu."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Header, OptionList, Static
from textual.widgets.option_list import Option

from quizapp.ui.app import translate_bindings

MAX_WARNINGS_SHOWN = 20


class HomeScreen(Screen):
    # The footer shows the daily keys; the menu and help list every other one.
    BINDINGS = [
        Binding("s", "app.start_quiz", "key.start"),
        Binding("r", "app.open_review", "key.review"),
        Binding("e", "app.open_mock", "key.exam", show=False),
        Binding("w", "app.open_notes", "key.notes", show=False),
        Binding("o", "app.open_settings", "key.settings", show=False),
        Binding("b", "app.open_browse", "key.browse", show=False),
        Binding("t", "app.open_stats", "key.stats", show=False),
        Binding("d", "app.open_drills", "key.drills", show=False),
        Binding("p", "app.open_practical", "key.practical", show=False),
        Binding("l", "app.toggle_lang", "key.lang", show=False),
        Binding("q", "app.quit", "key.quit"),
    ]

    def __init__(self) -> None:
        super().__init__()
        translate_bindings(self, self.app.t)

    def compose(self) -> ComposeResult:
        t = self.app.t
        yield Header()
        with VerticalScroll(id="home"):
            yield Static(t("home.heading"), classes="heading")
            yield DataTable(id="subjects", cursor_type="none", zebra_stripes=True)
            yield Static(id="status")
            yield Static(id="warnings")
            yield OptionList(
                *(Option(Text(t(f"home.menu.{key}")), id=key) for key in ("review", "quiz", "mock", "notes", "drills", "practical", "stats", "browse", "settings", "lang", "help", "quit")),
                id="menu",
            )
            yield Static(t("home.hint"), classes="hint")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#menu", OptionList).focus()
        self.refresh_counts()

    def on_screen_resume(self) -> None:
        self.refresh_counts()

    async def services_ready(self) -> None:
        """The store and bank are loaded: relabel (the saved language may differ) and count."""
        await self.relabel()

    async def relabel(self) -> None:
        translate_bindings(self, self.app.t)
        await self.recompose()
        self.query_one("#menu", OptionList).focus()
        self.refresh_counts()

    def refresh_counts(self) -> None:
        t = self.app.t
        study = self.app.study
        table = self.query_one("#subjects", DataTable)
        table.clear(columns=True)
        table.add_column(t("home.col.subject"), key="subject")
        for key in ("total", "new", "due"):
            table.add_column(t(f"home.col.{key}"), key=key)
        status = self.query_one("#status", Static)
        warnings = self.query_one("#warnings", Static)
        if study is None:
            status.update(self.app.load_error and t("app.load_failed", error=self.app.load_error) or t("app.loading"))
            status.display = True
            warnings.display = False
            return
        status.display = False
        counts = study.counts_by_subject()
        totals = [0, 0, 0]
        for subject in study.bank.taxonomy.subjects:
            c = counts[subject.id]
            table.add_row(f"{subject.id}. {t.name(subject)}", c.total, c.new, c.due, key=str(subject.id))
            totals = [totals[0] + c.total, totals[1] + c.new, totals[2] + c.due]
        table.add_row(t("home.total_row"), *totals, key="total")
        problems = study.bank.problems
        warnings.display = bool(problems)
        if problems:
            lines = [t("app.bank_warnings", count=len(problems))]
            lines += [f"  {p}" for p in problems[:MAX_WARNINGS_SHOWN]]
            if len(problems) > MAX_WARNINGS_SHOWN:
                lines.append(f"  … (+{len(problems) - MAX_WARNINGS_SHOWN})")
            warnings.update("\n".join(lines))

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        action = {
            "quiz": self.app.action_start_quiz,
            "review": self.app.action_open_review,
            "mock": self.app.action_open_mock,
            "notes": self.app.action_open_notes,
            "settings": self.app.action_open_settings,
            "browse": self.app.action_open_browse,
            "stats": self.app.action_open_stats,
            "drills": self.app.action_open_drills,
            "practical": self.app.action_open_practical,
            "lang": self.app.action_toggle_lang,
            "help": self.app.action_help,
            "quit": self.app.exit,
        }[event.option.id]
        self.call_later(action)
