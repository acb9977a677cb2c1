"""Daily review: today's due items and new ones up to the daily limit, interleaved.

Flashcards: space shows the back, 1–4 rate it (each key shows when the card comes back).
Multiple choice: 1–5 and Enter answer; then how sure you were — s sure, u unsure, g guessed
(a guessed right answer counts as Hard); wrong answers are Again and go to the 오답노트.
u (when no answer waits for its confidence) undoes the last rating; x suspends; b buries until
tomorrow. An item with 8 lapses becomes a leech: tagged, suspended and listed in Browse.
"""

from __future__ import annotations

import time
from datetime import timedelta

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
LEARN_AHEAD = timedelta(minutes=20)  # a learning step due within this comes back in the same session
MAX_RETURNS = 3
CONFIDENCE = {"s": "sure", "u": "unsure", "g": "guessed"}


class ReviewScreen(Screen):
    BINDINGS = [
        Binding("space", "flip", "뒷면", priority=True),
        *(Binding(str(n), f"rate({n})", show=False) for n in range(1, 5)),
        Binding("s", "confidence('s')", "확실", show=False),
        Binding("g", "confidence('g')", "찍음", show=False),
        Binding("n", "confidence('s')", "다음", show=False),
        Binding("u", "undo_or_unsure", "되돌리기", show=True),
        Binding("x", "suspend", "보류"),
        Binding("b", "bury", "내일로"),
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
        self.history: list[tuple[int, str, object, int | None]] = []  # (position, item id, snapshot, answer id)
        self.returns: dict[str, int] = {}
        self.warned: set[str] = set()

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
            keys.update(Text("space: 뒷면 보기 · u 되돌리기 · x 보류 · b 내일로", style="dim"))
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
            study = self.app.study
            self.history.append((self.position, item.id, study.snapshot(item.id), None))
            due = study.rate(item.id, Rating(number), duration_ms=int((time.monotonic() - self.shown_at) * 1000))
            self.after_rating(item, due)
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
        self.query_one("#review-keys", Static).update(Text("얼마나 확신했나요? (선택)  s 확실 · u 애매 · g 찍음 · n 그냥 다음", style="bold"))
        self.query_one("#review-choices", ChoiceList).reveal(item.answer, event.chosen)

    def action_confidence(self, key: str) -> None:
        item = self.item
        if not isinstance(item, MultipleChoice) or self.pending is None:
            return
        study = self.app.study
        snapshot = study.snapshot(item.id)
        _, due = study.answer_in_review(self.session_id, self.position, item, self.pending, CONFIDENCE[key],
                                        int((time.monotonic() - self.shown_at) * 1000))
        self.history.append((self.position, item.id, snapshot, study.last_answer_id))
        self.after_rating(item, due)
        self.next()

    def after_rating(self, item, due) -> None:
        """A new leech is announced (it is now suspended); otherwise FSRS learning and relearning
        steps: an item due again within minutes comes back later in this session (a few times)."""
        schedule = self.app.study.snapshot(item.id)
        if schedule is not None and schedule.leech and schedule.suspended:
            if item.id not in self.warned:
                self.warned.add(item.id)
                self.notify("자주 잊는 문항(거머리, leech)이라 보류했습니다. 해설을 다시 정리해 보세요.",
                            severity="warning", timeout=6)
            return
        returns = self.returns.get(item.id, 0)
        if due - self.app.study.clock() <= LEARN_AHEAD and returns < MAX_RETURNS:
            self.returns[item.id] = returns + 1
            self.queue.append(item)

    def action_undo_or_unsure(self) -> None:
        if isinstance(self.item, MultipleChoice) and self.pending is not None:
            self.action_confidence("u")  # "u" means unsure while an answer waits for its confidence
        else:
            self.action_undo()

    def action_undo(self) -> None:
        if not self.history:
            self.notify("되돌릴 평가가 없습니다.", timeout=3)
            return
        position, item_id, snapshot, answer_id = self.history.pop()
        self.app.study.undo(item_id, snapshot, answer_id)
        if self.returns.get(item_id) and self.queue[-1].id == item_id and len(self.queue) - 1 > position:
            self.queue.pop()  # the step it was queued for is undone too
            self.returns[item_id] -= 1
        self.position = position
        self.done -= 1
        self.notify("마지막 평가를 되돌렸습니다.", timeout=3)
        self.show()

    def action_suspend(self) -> None:
        if self.item is not None:
            self.app.study.hold(self.item.id, suspend=True)
            self.notify("보류했습니다 (찾아보기의 '보류' 상태에서 다시 볼 수 있음).", timeout=3)
            self.skip()

    def action_bury(self) -> None:
        if self.item is not None:
            self.app.study.hold(self.item.id, bury=True)
            self.notify("내일 다시 보여 줍니다.", timeout=3)
            self.skip()

    def skip(self) -> None:
        self.position += 1
        self.show()

    def next(self) -> None:
        self.done += 1
        self.position += 1
        self.show()
