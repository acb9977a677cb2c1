"""Choose what to study: everything, one subject, or one 세부항목."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import Screen
from textual.widgets import Footer, Header, OptionList, Static
from textual.widgets.option_list import Option

from quizapp.ui.app import translate_bindings


class TopicScreen(Screen):
    BINDINGS = [Binding("escape", "app.pop_screen", "key.back")]

    def __init__(self) -> None:
        super().__init__()
        translate_bindings(self, self.app.t)

    def compose(self) -> ComposeResult:
        t = self.app.t
        yield Header()
        with Vertical(id="topics-box"):
            yield Static(t("topics.heading"), classes="heading")
            yield OptionList(*self._options(), id="topics")
        yield Footer()

    def _options(self) -> list[Option]:
        t = self.app.t
        study = self.app.study
        taxonomy = study.bank.taxonomy
        scopes = ["all"]
        for subject in taxonomy.subjects:
            scopes.append(f"s:{subject.id}")
            scopes += [f"t:{topic.key}" for topic in taxonomy.topics_of(subject.id)]
        counts = study.scope_counts(scopes, ("mcq",))

        def option(label: str, scope: str, style: str = "") -> Option:
            c = counts[scope]
            prompt = Text(label, style=style)
            prompt.append("   " + t("topics.counts", total=c.total, new=c.new, due=c.due), style="dim")
            return Option(prompt, id=scope)

        options = [option(t("topics.all"), "all", "bold")]
        for subject in taxonomy.subjects:
            options.append(
                option(t("topics.subject", n=subject.id, name=t.name(subject)), f"s:{subject.id}", "bold")
            )
            for topic in taxonomy.topics_of(subject.id):
                options.append(option(f"    · {t.name(topic)}", f"t:{topic.key}"))
        return options

    def on_mount(self) -> None:
        topics = self.query_one("#topics", OptionList)
        topics.highlighted = 0
        topics.focus()

    async def relabel(self) -> None:
        translate_bindings(self, self.app.t)
        await self.recompose()
        self.on_mount()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        from quizapp.ui.screens.quiz import QuizScreen

        plan = self.app.study.start_quiz(event.option.id, limit=self.app.quiz_size)
        if not plan.items:
            self.notify(self.app.t("topics.empty"), severity="warning")
            return
        self.app.push_screen(QuizScreen(plan))
