"""Mock 필기 exam: start and history, the timed exam with a navigator, the result and review."""

from __future__ import annotations

from rich.markdown import Markdown as RichMarkdown
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import ModalScreen, Screen
from textual.widgets import DataTable, Footer, Header, OptionList, Static
from textual.widgets.option_list import Option

from quizapp.review.mock import FAIL_SUBJECT, MINUTES, PASS_AVERAGE, PER_SUBJECT, MockExam, MockResult
from quizapp.ui.app import translate_bindings
from quizapp.ui.widgets.choice_list import CIRCLED


def clock_text(seconds: int) -> str:
    return f"{seconds // 3600}:{seconds % 3600 // 60:02d}:{seconds % 60:02d}"


class MockIntroScreen(Screen):
    """Rules, past results, and the start."""

    BINDINGS = [Binding("escape", "app.pop_screen", "key.back")]

    def __init__(self) -> None:
        super().__init__()
        translate_bindings(self, self.app.t)

    def compose(self) -> ComposeResult:
        yield Header()
        with VerticalScroll(id="mock-intro"):
            yield Static(Text(f"모의 필기시험 — {PER_SUBJECT * 4}문항 (과목당 {PER_SUBJECT}), {MINUTES}분", style="bold"))
            yield Static(f"과목별 100점 환산 · 한 과목이라도 {FAIL_SUBJECT}점 미만이면 과락 · 평균 {PASS_AVERAGE}점 이상 합격. "
                         "시간이 끝나면 자동으로 제출됩니다.")
            yield OptionList(Option(Text("▶ 시험 시작", style="bold"), id="start"), id="mock-start")
            yield Static(Text("지난 모의고사", style="bold"))
            yield DataTable(id="mock-history", cursor_type="none", zebra_stripes=True)
        yield Footer()

    def on_mount(self) -> None:
        self.refresh_history()
        self.query_one("#mock-start", OptionList).focus()

    def on_screen_resume(self) -> None:
        self.refresh_history()

    def refresh_history(self) -> None:
        table = self.query_one("#mock-history", DataTable)
        table.clear(columns=True)
        table.add_columns("날짜", "1과목", "2과목", "3과목", "4과목", "평균", "결과")
        for started, result in self.app.study.mock_history()[:20]:
            scores = [f"{s.score:g}" + ("(과락)" if s.failed else "") for s in result.subjects]
            table.add_row(started.strftime("%Y-%m-%d %H:%M"), *scores, f"{result.average:g}",
                          "합격" if result.passed else "불합격")

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        exam = self.app.study.start_mock()
        self.app.push_screen(MockExamScreen(exam))


class ConfirmSubmit(ModalScreen[bool]):
    BINDINGS = [Binding("y", "answer(True)", "제출"), Binding("n", "answer(False)", "계속"),
                Binding("escape", "answer(False)", "계속")]

    def __init__(self, unanswered: int, marked: int) -> None:
        super().__init__()
        self.unanswered, self.marked = unanswered, marked

    def compose(self) -> ComposeResult:
        with Vertical(id="confirm"):
            yield Static(Text("답안을 제출할까요?", style="bold"))
            yield Static(f"답하지 않은 문항 {self.unanswered}개 · 표시한 문항 {self.marked}개")
            yield Static("y: 제출  ·  n / Esc: 계속 풀기")

    def action_answer(self, submit: bool) -> None:
        self.dismiss(submit)


class MockExamScreen(Screen):
    BINDINGS = [
        *(Binding(str(n), f"choose({n})", show=False, priority=True) for n in range(1, 6)),
        Binding("right,n", "move(1)", "다음"),
        Binding("left,p", "move(-1)", "이전"),
        Binding("m", "mark", "표시"),
        Binding("f10,ctrl+s", "submit", "제출", priority=True),
        Binding("escape", "submit", "제출", show=False),
    ]

    def __init__(self, exam: MockExam) -> None:
        super().__init__()
        self.exam = exam
        self.position = 0

    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal(id="mock-layout"):
            yield OptionList(id="mock-nav")
            with VerticalScroll(id="mock-question"):
                yield Static(id="mock-status", classes="heading")
                yield Static(id="mock-stem")
                yield Static(id="mock-options")
                yield Static(Text("1–4 답 고르기(바꿀 수 있음) · ←/→ 이동 · m 검토 표시 · 왼쪽 목록에서 Enter로 이동 · "
                                  "F10 제출", style="dim"))
        yield Footer()

    def on_mount(self) -> None:
        self.refresh_nav()
        self.show()
        self.set_interval(1.0, self.tick)

    def now(self):
        return self.app.study.clock()

    def tick(self) -> None:
        if self.exam.submitted:
            return
        if self.exam.seconds_left(self.now()) <= 0:
            self.finish()
            return
        self.show_status()

    def nav_label(self, n: int) -> Text:
        answered = n in self.exam.answers
        label = Text(f"{n + 1:02d} ", style="bold" if n == self.position else "")
        label.append("●" if answered else "○", style="green" if answered else "dim")
        if n in self.exam.marked:
            label.append(" ★", style="yellow")
        return label

    def refresh_nav(self) -> None:
        nav = self.query_one("#mock-nav", OptionList)
        highlighted = self.position
        nav.clear_options()
        nav.add_options([Option(self.nav_label(n), id=str(n)) for n in range(len(self.exam.items))])
        nav.highlighted = highlighted

    def show_status(self) -> None:
        left = self.exam.seconds_left(self.now())
        answered = len(self.exam.answers)
        item = self.exam.items[self.position]
        self.query_one("#mock-status", Static).update(Text(
            f"{self.position + 1}/{len(self.exam.items)} · {item.subject}과목 · 답함 {answered} · "
            f"표시 {len(self.exam.marked)} · 남은 시간 {clock_text(left)}", style="bold"))

    def show(self) -> None:
        item = self.exam.items[self.position]
        chosen = self.exam.answers.get(self.position)
        self.query_one("#mock-stem", Static).update(RichMarkdown(item.stem))
        lines = Text()
        for number, option in enumerate(item.options, start=1):
            style = "reverse" if number == chosen else ""
            lines.append(f"{CIRCLED[number - 1]} {option.text}\n", style=style)
        self.query_one("#mock-options", Static).update(lines)
        self.show_status()

    def action_choose(self, number: int) -> None:
        if self.exam.submitted or number > len(self.exam.items[self.position].options):
            return
        self.exam.choose(self.position, number)
        self.refresh_nav()
        self.show()

    def action_move(self, step: int) -> None:
        self.position = max(0, min(len(self.exam.items) - 1, self.position + step))
        self.refresh_nav()
        self.show()

    def action_mark(self) -> None:
        self.exam.toggle_mark(self.position)
        self.refresh_nav()
        self.show()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        self.position = int(event.option.id)
        self.refresh_nav()
        self.show()

    def action_submit(self) -> None:
        if self.exam.submitted:
            return

        def decided(submit: bool | None) -> None:
            if submit:
                self.finish()

        self.app.push_screen(ConfirmSubmit(len(self.exam.unanswered()), len(self.exam.marked)), decided)

    def finish(self) -> None:
        if self.exam.submitted:
            return
        result = self.app.study.submit_mock(self.exam)
        while isinstance(self.app.screen, ConfirmSubmit):
            self.app.pop_screen()
        self.app.switch_screen(MockResultScreen(self.exam, result))


class MockResultScreen(Screen):
    BINDINGS = [Binding("escape,h", "app.pop_screen", "key.back")]

    def __init__(self, exam: MockExam, result: MockResult) -> None:
        super().__init__()
        self.exam, self.result = exam, result
        translate_bindings(self, self.app.t)

    def compose(self) -> ComposeResult:
        result = self.result
        verdict = "합격" if result.passed else "불합격"
        reasons = []
        if result.failed_subjects:
            reasons.append("과락: " + ", ".join(f"{s}과목" for s in result.failed_subjects))
        if result.average < PASS_AVERAGE:
            reasons.append(f"평균 {PASS_AVERAGE}점 미만")
        yield Header()
        with Horizontal(id="mock-layout"):
            with VerticalScroll(id="mock-summary"):
                yield Static(Text(f"모의고사 결과: 평균 {result.average:g}점 — {verdict}"
                                  + (f" ({'; '.join(reasons)})" if reasons else ""),
                                  style="bold green" if result.passed else "bold red"), id="mock-verdict")
                yield DataTable(id="mock-scores", cursor_type="none")
                yield Static(Text("오른쪽 목록에서 문항을 골라 Enter로 해설 보기 · Esc 나가기", style="dim"))
                yield Static(id="mock-review")
            yield OptionList(id="mock-review-nav")
        yield Footer()

    def on_mount(self) -> None:
        table = self.query_one("#mock-scores", DataTable)
        table.add_columns("과목", "맞힌 수", "점수", "")
        for s in self.result.subjects:
            table.add_row(f"{s.subject}과목", f"{s.correct}/{s.total}", f"{s.score:g}", "과락" if s.failed else "")
        nav = self.query_one("#mock-review-nav", OptionList)
        for n, item in enumerate(self.exam.items):
            mark = "✔" if self.exam.correct(n) else ("✘" if n in self.exam.answers else "–")
            nav.add_option(Option(f"{n + 1:02d} {mark}", id=str(n)))
        nav.highlighted = 0
        nav.focus()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        n = int(event.option.id)
        item = self.exam.items[n]
        chosen = self.exam.answers.get(n)
        lines = [f"**{n + 1}. ({item.subject}과목)**", "", item.stem.strip(), ""]
        for number, option in enumerate(item.options, start=1):
            tags = []
            if number == item.answer:
                tags.append("정답")
            if number == chosen and number != item.answer:
                tags.append("내 답")
            label = f"{CIRCLED[number - 1]} {option.text}" + (f" **({', '.join(tags)})**" if tags else "")
            lines.append(f"- {label}" + (f" — {option.why.strip()}" if option.why else ""))
        lines += ["", "**해설**", "", item.explanation.strip()]
        if chosen is None:
            lines.insert(1, "*답하지 않음*")
        self.query_one("#mock-review", Static).update(RichMarkdown("\n".join(lines)))
