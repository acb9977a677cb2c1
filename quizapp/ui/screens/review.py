"""Daily review: today's due items and new ones up to the daily limit, interleaved.

Flashcards: space shows the back, 1–4 rate it (each key shows when the card comes back).
Multiple choice: 1–5 and Enter answer; then how sure you were — s sure, u unsure, g guessed
(a guessed right answer counts as Hard); wrong answers are Again and go to the 오답노트.
"""

from __future__ import annotations

import time

from fsrs import Rating
from rich.markdown import Markdown as RichMarkdown
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Footer, Header, Static

from quizapp.bank.models import Flashcard, MultipleChoice
from quizapp.ui.app import translate_bindings
from quizapp.ui.screens.quiz import describe_due
from quizapp.ui.widgets.choice_list import CIRCLED, ChoiceList

RATING_NAMES = {1: "다시", 2: "어려움", 3: "좋음", 4: "쉬움"}
CONFIDENCE = {"s": "sure", "u": "unsure", "g": "guessed"}


class ReviewScreen(Screen):
    BINDINGS = [
        Binding("space", "flip", "뒷면", priority=True),
        *(Binding(str(n), f"rate({n})", show=False) for n in range(1, 5)),
        Binding("s", "confidence('s')", "확실", show=False),
        Binding("u", "confidence('u')", "애매", show=False),
        Binding("g", "confidence('g')", "찍음", show=False),
        Binding("escape", "app.pop_screen", "key.back"),
    ]

    def __init__(self) -> None:
        super().__init__()
        translate_bindings(self, self.app.t)
        study = self.app.study
        self.queue = study.daily_queue()
        self.session_id = study.start_review_session(len(self.queue))
        self.position = 0
        self.flipped = False
        self.pending: int | None = None  # chosen option waiting for the confidence key
        self.done = 0
        self.shown_at = time.monotonic()

    def compose(self) -> ComposeResult:
        yield Header()
        with VerticalScroll(id="review"):
            yield Static(id="review-status", classes="heading")
            yield Static(id="review-front")
            yield ChoiceList([""], id="review-choices")
            yield Static(id="review-back")
            yield Static(id="review-keys")
        yield Footer()

    def on_mount(self) -> None:
        self.show()

    @property
    def item(self):
        return self.queue[self.position] if self.position < len(self.queue) else None

    def show(self) -> None:
        item = self.item
        status = self.query_one("#review-status", Static)
        front = self.query_one("#review-front", Static)
        back = self.query_one("#review-back", Static)
        keys = self.query_one("#review-keys", Static)
        choices = self.query_one("#review-choices", ChoiceList)
        self.flipped, self.pending = False, None
        self.shown_at = time.monotonic()
        back.update("")
        if item is None:
            status.update(Text(f"오늘 복습 끝! {self.done}개를 복습했습니다. Esc로 돌아가기", style="bold green"))
            front.update("")
            choices.display = False
            keys.update("")
            return
        kind = "플래시카드" if isinstance(item, Flashcard) else "객관식"
        status.update(Text(f"{self.position + 1}/{len(self.queue)} · {kind} · {item.subject}과목", style="bold"))
        if isinstance(item, Flashcard):
            front.update(RichMarkdown(item.front))
            choices.display = False
            keys.update(Text("space: 뒷면 보기", style="dim"))
        else:
            front.update(RichMarkdown(item.stem))
            choices.set_choices([o.text for o in item.options])
            choices.display = True
            choices.focus()
            keys.update(Text("1–5 고르고 Enter", style="dim"))

    def interval_labels(self) -> str:
        study = self.app.study
        due = study.preview_intervals(self.item.id)
        now = study.clock()
        return "  ".join(f"{n} {RATING_NAMES[n]} ({describe_due(self.app.t, due[n], now)})" for n in range(1, 5))

    def action_flip(self) -> None:
        item = self.item
        if not isinstance(item, Flashcard) or self.flipped:
            return
        self.flipped = True
        self.query_one("#review-back", Static).update(RichMarkdown(item.back))
        self.query_one("#review-keys", Static).update(Text(self.interval_labels(), style="bold"))

    def action_rate(self, number: int) -> None:
        item = self.item
        if isinstance(item, Flashcard) and self.flipped:
            self.app.study.rate(item.id, Rating(number), duration_ms=int((time.monotonic() - self.shown_at) * 1000))
            self.next()
        elif isinstance(item, MultipleChoice):
            self.query_one("#review-choices", ChoiceList).action_pick(number)

    def on_choice_list_answer_chosen(self, event: ChoiceList.AnswerChosen) -> None:
        item = self.item
        if not isinstance(item, MultipleChoice):
            return
        self.pending = event.chosen
        right = event.chosen == item.answer
        verdict = "✔ 정답" if right else f"✘ 오답 — 정답은 {CIRCLED[item.answer - 1]}"
        self.query_one("#review-back", Static).update(RichMarkdown(f"**{verdict}**\n\n{item.explanation.strip()}"))
        self.query_one("#review-keys", Static).update(Text("얼마나 확신했나요?  s 확실 · u 애매 · g 찍음", style="bold"))
        self.query_one("#review-choices", ChoiceList).reveal(item.answer, event.chosen)

    def action_confidence(self, key: str) -> None:
        item = self.item
        if not isinstance(item, MultipleChoice) or self.pending is None:
            return
        self.app.study.answer_in_review(self.session_id, self.position, item, self.pending, CONFIDENCE[key],
                                        int((time.monotonic() - self.shown_at) * 1000))
        self.next()

    def next(self) -> None:
        self.done += 1
        self.position += 1
        self.show()
