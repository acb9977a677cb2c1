"""A multiple-choice session: 1–5 choose, Enter confirms, n next, q/Esc ends."""

from __future__ import annotations

import time
from datetime import datetime

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import Screen
from rich.markdown import Markdown as RichMarkdown
from rich.text import Text
from textual.widgets import Footer, Header, Static

from quizapp.bank.models import MultipleChoice
from quizapp.i18n import Translator
from quizapp.review.study import AnswerOutcome, QuizPlan
from quizapp.ui.app import release_free_memory, translate_bindings
from quizapp.ui.widgets.choice_list import CIRCLED, ChoiceList


def describe_due(t: Translator, due: datetime, now: datetime) -> str:
    minutes = max(1, round((due - now).total_seconds() / 60))
    if minutes < 60:
        return t("when.minutes", n=minutes)
    if minutes < 60 * 24:
        return t("when.hours", n=round(minutes / 60))
    return t("when.days", n=round(minutes / (60 * 24)))


def feedback_markdown(t: Translator, item: MultipleChoice, chosen: int, outcome: AnswerOutcome, when: str) -> str:
    if outcome.correct:
        lines = [f"### ✔ {t('quiz.correct')}"]
    else:
        lines = [f"### ✘ {t('quiz.wrong', answer=CIRCLED[item.answer - 1])}"]
    lines += ["", f"**{t('quiz.explanation')}**", "", item.explanation.strip(), ""]
    if any(option.why for option in item.options):
        lines += [f"**{t('quiz.options_why')}**", ""]
        for number, option in enumerate(item.options, start=1):
            marks = []
            if number == item.answer:
                marks.append(t("quiz.answer_mark"))
            if number == chosen and not outcome.correct:
                marks.append(t("quiz.your_choice"))
            label = f"{CIRCLED[number - 1]} {option.text}"
            label = f"**{label}** ({', '.join(marks)})" if marks else label
            lines.append(f"- {label}" + (f" — {option.why.strip()}" if option.why else ""))
        lines.append("")
    lines.append(f"*{when}*")
    return "\n".join(lines)


class QuizScreen(Screen):
    """Composed once; each question updates the same widgets in place (recomposing per question
    would build a fresh widget tree every time and keep the old ones alive in Textual's
    query cache)."""

    BINDINGS = [
        Binding("n", "next", "key.next"),
        Binding("q", "end", "key.end"),
        Binding("escape", "end", "key.end", show=False),
    ]

    def __init__(self, plan: QuizPlan) -> None:
        super().__init__()
        translate_bindings(self, self.app.t)
        self.plan = plan
        self.position = 0
        self.shown_at = time.monotonic()
        self.feedback: str | None = None

    @property
    def item(self) -> MultipleChoice:
        return self.plan.items[self.position]

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static(id="progress")
        with VerticalScroll(id="question"):
            yield Static(id="stem")
            yield ChoiceList([], id="choices")
            yield Static(id="hint", classes="hint")
            yield Static(id="feedback")
        yield Footer()

    def on_mount(self) -> None:
        self._show_question()
        self.call_after_refresh(release_free_memory)  # the topic screen's counting left freed pages

    async def relabel(self) -> None:
        translate_bindings(self, self.app.t)
        await self.recompose()
        self._show_question()

    def _show_question(self) -> None:
        """Fill the widgets for the current question, answered or not."""
        t = self.app.t
        item = self.item
        topic = self.app.study.bank.taxonomy.topic(item.topic)
        stars = "★" * item.difficulty + "☆" * (3 - item.difficulty)
        self.query_one("#progress", Static).update(
            Text(
                f"{t('quiz.progress', pos=self.position + 1, total=len(self.plan.items))}  ·  "
                f"{t('quiz.subject', n=item.subject, topic=t.name(topic))}  ·  "
                f"{t('quiz.difficulty')} {stars}"
            )
        )
        self.query_one("#stem", Static).update(RichMarkdown(item.stem))
        choices = self.query_one("#choices", ChoiceList)
        choices.set_choices([o.text for o in item.options])
        feedback = self.query_one("#feedback", Static)
        answer = self.plan.answers.get(self.position)
        feedback.display = answer is not None
        if answer is None:
            self.query_one("#hint", Static).update(t("quiz.choose", n=len(item.options)))
            feedback.update("")
        else:
            choices.reveal(item.answer, answer.chosen)
            feedback.update(RichMarkdown(self.feedback or ""))
            self._set_hint()
            # answered: arrows and PageUp/PageDown now scroll the explanation
            self.query_one("#question", VerticalScroll).focus()
            return
        choices.focus()

    def _set_hint(self) -> None:
        t = self.app.t
        last = self.position + 1 >= len(self.plan.items)
        self.query_one("#hint", Static).update(t("quiz.last_hint") if last else t("quiz.next_hint"))

    def on_choice_list_answer_chosen(self, event: ChoiceList.AnswerChosen) -> None:
        study = self.app.study
        duration_ms = int((time.monotonic() - self.shown_at) * 1000)
        outcome = study.answer(self.plan, self.position, event.chosen, duration_ms)
        t = self.app.t
        when = t("quiz.saved_next_due", when=describe_due(t, outcome.next_due, study.clock()))
        self.feedback = feedback_markdown(t, self.item, event.chosen, outcome, when)
        self._show_question()
        # after the next layout, bring the feedback into view (the options stay just above)
        self.call_after_refresh(self._scroll_to_feedback)

    def _scroll_to_feedback(self) -> None:
        self.query_one("#question", VerticalScroll).scroll_to_widget(
            self.query_one("#hint", Static), top=True, animate=False
        )

    def action_next(self) -> None:
        if self.position not in self.plan.answers:
            self.notify(self.app.t("quiz.answer_first"))
            return
        if self.position + 1 >= len(self.plan.items):
            self.action_end()
            return
        self.position += 1
        self.feedback = None
        self.shown_at = time.monotonic()
        self._show_question()
        self.query_one("#question", VerticalScroll).scroll_home(animate=False)

    def action_end(self) -> None:
        from quizapp.ui.screens.summary import SummaryScreen

        results = self.app.study.finish(self.plan)
        self.app.switch_screen(SummaryScreen(self.plan, results))
