"""오답노트: every question answered wrong, filtered by subject or 세부항목, with the learner's
wrong choice, and a "retry these" quiz."""

from __future__ import annotations

from rich.markdown import Markdown as RichMarkdown
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.screen import Screen
from textual.widgets import Footer, Header, OptionList, Static
from textual.widgets.option_list import Option

from quizapp.ui.app import translate_bindings
from quizapp.ui.widgets.choice_list import CIRCLED


class WrongNotesScreen(Screen):
    BINDINGS = [
        Binding("f", "next_scope", "범위 바꾸기"),
        Binding("r", "retry", "다시 풀기"),
        Binding("escape", "app.pop_screen", "key.back"),
    ]

    def __init__(self) -> None:
        super().__init__()
        translate_bindings(self, self.app.t)
        taxonomy = self.app.study.bank.taxonomy
        self.scopes = ["all"]
        for subject in taxonomy.subjects:
            self.scopes.append(f"s:{subject.id}")
            self.scopes += [f"t:{topic.key}" for topic in taxonomy.topics_of(subject.id)]
        self.scope_index = 0
        self.notes = []

    @property
    def scope(self) -> str:
        return self.scopes[self.scope_index]

    def scope_label(self) -> str:
        kind, _, value = self.scope.partition(":")
        taxonomy = self.app.study.bank.taxonomy
        if kind == "s":
            return f"{value}과목"
        if kind == "t":
            topic = next(t for s in taxonomy.subjects for t in taxonomy.topics_of(s.id) if t.key == value)
            return f"{topic.ko} ({value})"
        return "전체"

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static(id="notes-heading", classes="heading")
        with Horizontal(id="notes-layout"):
            yield OptionList(id="notes-list")
            with VerticalScroll(id="notes-detail"):
                yield Static(id="notes-item")
        yield Footer()

    def on_mount(self) -> None:
        self.refresh_notes()
        self.query_one("#notes-list", OptionList).focus()

    def on_screen_resume(self) -> None:
        self.refresh_notes()

    def refresh_notes(self) -> None:
        self.notes = self.app.study.wrong_notes(self.scope)
        bank = self.app.study.bank
        menu = self.query_one("#notes-list", OptionList)
        menu.clear_options()
        for note in self.notes:
            item = bank.items[note.item_id]
            mark = "✔" if note.fixed else "✘"
            stem = " ".join(item.stem.split())[:40]
            menu.add_option(Option(Text.assemble(f"{mark} ×{note.times_wrong} ", (stem, "")), id=note.item_id))
        if self.notes:
            menu.highlighted = 0
        self.query_one("#notes-heading", Static).update(Text(
            f"오답노트 — {self.scope_label()}: {len(self.notes)}문항 (✘ 아직 못 맞힘 · ✔ 나중에 맞힘)  "
            "f 범위 바꾸기 · r 이 문항들 다시 풀기 · Enter 자세히", style="bold"))
        self.query_one("#notes-item", Static).update("" if self.notes else "이 범위에는 틀린 문항이 없습니다.")

    def action_next_scope(self) -> None:
        self.scope_index = (self.scope_index + 1) % len(self.scopes)
        self.refresh_notes()

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        if event.option.id:
            self.show(event.option.id)

    def show(self, item_id: str) -> None:
        note = next(n for n in self.notes if n.item_id == item_id)
        item = self.app.study.bank.items[item_id]
        lines = [item.stem.strip(), ""]
        for number, option in enumerate(item.options, start=1):
            tags = []
            if number == item.answer:
                tags.append("정답")
            if number == note.chosen:
                tags.append("내가 고른 답")
            label = f"{CIRCLED[number - 1]} {option.text}" + (f" **({', '.join(tags)})**" if tags else "")
            lines.append(f"- {label}" + (f" — {option.why.strip()}" if option.why else ""))
        lines += ["", "**해설**", "", item.explanation.strip(), "",
                  f"*틀린 횟수 {note.times_wrong} · 마지막으로 틀린 날 {note.answered_at:%Y-%m-%d}*"]
        self.query_one("#notes-item", Static).update(RichMarkdown("\n".join(lines)))

    def action_retry(self) -> None:
        from quizapp.ui.screens.quiz import QuizScreen

        ids = [n.item_id for n in self.notes if not n.fixed] or [n.item_id for n in self.notes]
        plan = self.app.study.start_retry(ids[: max(self.app.quiz_size, 20)])
        if not plan.items:
            self.notify("다시 풀 문항이 없습니다.", timeout=3)
            return
        self.app.push_screen(QuizScreen(plan))
