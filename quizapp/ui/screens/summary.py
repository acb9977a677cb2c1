"""Session results: score and per-topic marks."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Header, Static

from quizapp.review.study import QuizPlan, TopicResult
from quizapp.ui.app import translate_bindings


class SummaryScreen(Screen):
    BINDINGS = [
        Binding("enter", "app.go_home", "key.home"),
        Binding("h", "app.go_home", "key.home", show=False),
        Binding("escape", "app.go_home", "key.home", show=False),
    ]

    def __init__(self, plan: QuizPlan, results: list[TopicResult]) -> None:
        super().__init__()
        translate_bindings(self, self.app.t)
        self.plan = plan
        self.results = results

    def compose(self) -> ComposeResult:
        t = self.app.t
        plan = self.plan
        yield Header()
        with VerticalScroll(id="summary"):
            yield Static(t("summary.heading"), classes="heading")
            if plan.answered:
                percent = 100 * plan.correct / plan.answered
                yield Static(
                    t("summary.score", correct=plan.correct, answered=plan.answered, percent=percent, total=len(plan.items)),
                    id="score",
                )
                yield DataTable(id="by-topic", cursor_type="none", zebra_stripes=True)
            else:
                yield Static(t("summary.none"), id="score")
            yield Static(t("summary.hint"), classes="hint")
        yield Footer()

    def on_mount(self) -> None:
        self._fill()

    def _fill(self) -> None:
        if not self.plan.answered:
            return
        t = self.app.t
        taxonomy = self.app.study.bank.taxonomy
        table = self.query_one("#by-topic", DataTable)
        table.add_column(t("summary.col.topic"))
        table.add_column(t("summary.col.result"))
        for result in self.results:
            name = t.name(taxonomy.topic(result.topic))
            mark = "✔" if result.correct == result.answered else ("✘" if result.correct == 0 else "△")
            table.add_row(f"{result.subject}. {name}", f"{mark} {result.correct}/{result.answered}")

    async def relabel(self) -> None:
        translate_bindings(self, self.app.t)
        await self.recompose()
        self._fill()
