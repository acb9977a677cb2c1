"""Browse the whole bank: keyword (Korean or English), subject or 세부항목, kind and state; open
an item with its review history; start a quiz on the multiple-choice results."""

from __future__ import annotations

from rich.markdown import Markdown as RichMarkdown
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import Screen
from textual.widgets import Footer, Header, Input, OptionList, Select, Static
from textual.widgets.option_list import Option

from quizapp.bank.models import CodeDrill, Flashcard, MultipleChoice
from quizapp.ui.app import translate_bindings

RATINGS = {1: "Again", 2: "Hard", 3: "Good", 4: "Easy"}
MAX_SHOWN = 300


def item_markdown(item) -> str:
    if isinstance(item, MultipleChoice):
        options = "\n".join(f"{n}. {o.text}" + (" **(정답)**" if n == item.answer else "")
                            for n, o in enumerate(item.options, start=1))
        return f"{item.stem.strip()}\n\n{options}\n\n**해설** {item.explanation.strip()}"
    if isinstance(item, Flashcard):
        return f"**앞면** {item.front.strip()}\n\n**뒷면**\n\n{item.back.strip()}"
    if isinstance(item, CodeDrill):
        return f"**코딩 드릴** `{item.function}()`\n\n{item.prompt.strip()}"
    return str(item)


class BrowseScreen(Screen):
    BINDINGS = [Binding("ctrl+g", "quiz", "이 결과로 문제 풀기", priority=True),
                Binding("escape", "app.pop_screen", "key.back")]

    def __init__(self) -> None:
        super().__init__()
        translate_bindings(self, self.app.t)
        self.results: list[str] = []

    def compose(self) -> ComposeResult:
        taxonomy = self.app.study.bank.taxonomy
        scopes = [("전체", "all")]
        for subject in taxonomy.subjects:
            scopes.append((f"{subject.id}과목 {subject.ko}", f"s:{subject.id}"))
            scopes += [(f"  · {t.ko}", f"t:{t.key}") for t in taxonomy.topics_of(subject.id)]
        yield Header()
        with Vertical(id="browse"):
            yield Input(placeholder="검색어 (한국어·English, 여러 단어는 모두 포함)", id="browse-text")
            with Horizontal(id="browse-filters"):
                yield Select(scopes, value="all", allow_blank=False, id="browse-scope")
                yield Select([("모든 종류", "any"), ("객관식", "mcq"), ("플래시카드", "flashcard"), ("코딩 드릴", "code")],
                             value="any", allow_blank=False, id="browse-kind")
                yield Select([("모든 상태", "any"), ("새 문항", "new"), ("복습 예정", "due"), ("학습함", "seen"),
                              ("보류", "suspended"), ("거머리(leech)", "leech")],
                             value="any", allow_blank=False, id="browse-state")
            yield Static(id="browse-count")
            with Horizontal(id="browse-body"):
                yield OptionList(id="browse-results")
                with VerticalScroll(id="browse-detail"):
                    yield Static(id="browse-item")
        yield Footer()

    def on_mount(self) -> None:
        self.refresh_results()
        self.query_one("#browse-text", Input).focus()

    def on_input_changed(self, event: Input.Changed) -> None:
        self.refresh_results()

    def on_select_changed(self, event: Select.Changed) -> None:
        self.refresh_results()

    def refresh_results(self) -> None:
        kind = str(self.query_one("#browse-kind", Select).value)
        state = str(self.query_one("#browse-state", Select).value)
        self.results = self.app.study.search(
            self.query_one("#browse-text", Input).value, scope=str(self.query_one("#browse-scope", Select).value),
            kind=None if kind == "any" else kind, state=None if state == "any" else state)
        menu = self.query_one("#browse-results", OptionList)
        menu.clear_options()
        bank = self.app.study.bank
        for item_id in self.results[:MAX_SHOWN]:
            item = bank.items[item_id]
            text = getattr(item, "stem", None) or getattr(item, "front", None) or getattr(item, "prompt", "")
            menu.add_option(Option(Text(f"[{item.kind}] {' '.join(text.split())[:50]}"), id=item_id))
        more = f" (앞의 {MAX_SHOWN}개 표시)" if len(self.results) > MAX_SHOWN else ""
        self.query_one("#browse-count", Static).update(
            f"{len(self.results)}개 찾음{more} · Enter 자세히 · ctrl+g 객관식 결과로 문제 풀기")

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        if event.option.id:
            self.show(event.option.id)

    def show(self, item_id: str) -> None:
        study = self.app.study
        item = study.bank.items[item_id]
        history = study.history(item_id)
        lines = [f"`{item_id}` · {item.subject}과목 · {item.topic} · 난이도 {item.difficulty}", "", item_markdown(item), ""]
        if history:
            lines.append("**학습 기록**")
            lines += [f"- {at:%Y-%m-%d %H:%M} {RATINGS.get(rating, rating)} ({source})" for at, rating, source in history]
        else:
            lines.append("*아직 학습하지 않았습니다.*")
        self.query_one("#browse-item", Static).update(RichMarkdown("\n".join(lines)))

    def action_quiz(self) -> None:
        from quizapp.ui.screens.quiz import QuizScreen

        ids = [i for i in self.results if self.app.study.bank.items.meta[i].kind == "mcq"][: max(self.app.quiz_size, 20)]
        plan = self.app.study.start_retry(ids)
        if not plan.items:
            self.notify("결과에 객관식 문항이 없습니다.", timeout=3)
            return
        self.app.push_screen(QuizScreen(plan))
