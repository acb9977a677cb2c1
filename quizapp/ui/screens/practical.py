"""실기 practice: task list, the task screen (instructions, data preview, editor, answer boxes,
report) and the mock 실기 (3 × 작업형1, 1 × 작업형2, 2 × 작업형3, 180 minutes).

The TUI never imports pandas: the check runs ``quizapp practical check … --json`` in a
subprocess (inside it, the script itself runs sandboxed as in the exam), and data previews read
the CSV header lines with the standard library.
"""

from __future__ import annotations

import csv
import json
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from rich.markdown import Markdown as RichMarkdown
from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Header, Input, OptionList, Static, TextArea
from textual.widgets.option_list import Option

from quizapp.practical.spec import Task, load_tasks
from quizapp.ui.app import translate_bindings

MOCK_MINUTES = 180
TYPE_NAMES = {1: "작업형1", 2: "작업형2", 3: "작업형3"}
PREVIEW_ROWS = 5


def preview_rows(path: Path, rows: int = PREVIEW_ROWS) -> tuple[list[str], list[list[str]]]:
    with path.open(encoding="utf-8-sig", newline="") as fh:
        reader = csv.reader(fh)
        header = next(reader, [])
        body = [row for _, row in zip(range(rows), reader)]
    return header, body


def run_check(task_id: str, source: str) -> dict[str, Any]:
    """Check ``source`` in a separate process (it imports the science stack, we do not)."""
    with tempfile.TemporaryDirectory() as folder:
        script = Path(folder) / "main.py"
        script.write_text(source, encoding="utf-8")
        out = subprocess.run(
            [sys.executable, "-m", "quizapp", "practical", "check", task_id, str(script), "--json"],
            capture_output=True, text=True, timeout=180,
        )
    if out.returncode not in (0, 1):
        raise RuntimeError(out.stderr.strip().splitlines()[-1] if out.stderr.strip() else f"exit {out.returncode}")
    return json.loads(out.stdout)


def score_typed(task: Task, typed: list[str]) -> dict[str, Any]:
    """Score answers typed into the answer boxes, as the exam does (no code involved)."""
    from quizapp.practical.scoring import judge_value

    items = []
    for n, (item, answer) in enumerate(zip(task.spec.items or [], task.answers())):
        value = typed[n].strip() if n < len(typed) else ""
        right, notes = judge_value(item, answer, value) if value else (False, ["답을 적지 않았습니다."])
        items.append({"name": f"{n + 1}. {item.prompt}", "points": item.points if right else 0,
                      "max_points": item.points, "messages": notes, "got": value, "expected": str(answer)})
    points = sum(i["points"] for i in items)
    total = task.spec.max_points
    return {"task": task.id, "points": points, "max_points": total, "score100": round(100 * points / total, 1),
            "passed": 100 * points / total >= 60, "messages": [], "items": items, "metric": None}


class PracticalListScreen(Screen):
    BINDINGS = [Binding("escape", "app.pop_screen", "key.back"), Binding("m", "mock", "key.mock")]

    def __init__(self) -> None:
        super().__init__()
        translate_bindings(self, self.app.t)

    def compose(self) -> ComposeResult:
        yield Header()
        with VerticalScroll(id="practical-box"):
            yield Static("실기 과제 — Enter로 열기 · m 모의 실기(180분) · Esc 뒤로", classes="heading")
            yield OptionList(id="practical-tasks")
        yield Footer()

    def on_mount(self) -> None:
        tasks, _ = load_tasks()
        self.tasks = tasks
        options: list[Option] = [Option(Text("▶ 모의 실기 시작 (작업형1 ×3, 작업형2 ×1, 작업형3 ×2 · 180분)", style="bold"),
                                        id="__mock__")]
        for kind in (1, 2, 3):
            options.append(Option(Text(TYPE_NAMES[kind], style="bold"), disabled=True))
            for task in (t for t in tasks.values() if t.spec.type == kind):
                extra = f" [{task.spec.metric}]" if kind == 2 else ""
                options.append(Option(f"  {task.spec.title}{extra}  ({task.id})", id=task.id))
        menu = self.query_one("#practical-tasks", OptionList)
        menu.add_options(options)
        menu.focus()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        if event.option.id == "__mock__":
            self.action_mock()
        elif event.option.id:
            self.app.push_screen(PracticalTaskScreen(self.tasks[event.option.id]))

    def action_mock(self) -> None:
        self.app.push_screen(MockPracticalScreen(pick_mock(self.tasks, random.Random())))


def pick_mock(tasks: dict[str, Task], rng: random.Random) -> list[Task]:
    by_type = {k: sorted((t for t in tasks.values() if t.spec.type == k), key=lambda t: t.id) for k in (1, 2, 3)}
    return [*rng.sample(by_type[1], 3), *rng.sample(by_type[2], 1), *rng.sample(by_type[3], 2)]


class PracticalTaskScreen(Screen):
    BINDINGS = [
        Binding("ctrl+r", "run", "key.run", priority=True),
        Binding("ctrl+t", "submit_typed", "key.submit_answers", priority=True),
        Binding("escape", "leave", "key.back", priority=True),
    ]

    def __init__(self, task: Task, *, on_result: Any = None) -> None:
        super().__init__()
        self.task_spec = task
        self.on_result = on_result
        self.running = False
        self.report: dict[str, Any] | None = None
        translate_bindings(self, self.app.t)

    def compose(self) -> ComposeResult:
        spec = self.task_spec.spec
        draft = self.app.study.drill_draft(self.task_spec.id) if self.app.study else None
        yield Header()
        with Horizontal(id="code-layout"):
            with VerticalScroll(id="code-left"):
                yield Static(Text(f"[{TYPE_NAMES[spec.type]} · {spec.max_points}점] {spec.title}", style="bold"))
                yield Static(RichMarkdown(spec.instructions), id="practical-instructions")
                for name in spec.data:
                    yield Static(Text(f"data/{name}", style="bold"))
                    yield DataTable(id=f"preview-{len(name)}-{abs(hash(name)) % 10**6}", zebra_stripes=True,
                                    classes="preview")
                if spec.type != 2:
                    yield Static(Text("답안 입력 (시험처럼 값만 적기) — ctrl+t 제출", style="bold"))
                    for n, item in enumerate(spec.items or []):
                        yield Static(f"{n + 1}. {item.prompt} — 형식: {item.describe()} ({item.points}점)")
                        yield Input(placeholder="답", id=f"answer-{n}", classes="answer")
                yield Static(Text("ctrl+r 스크립트 실행·채점 (1분 제한) · Esc 뒤로 (초안 자동 저장)", style="dim"))
                yield Static(id="practical-report")
            yield TextArea.code_editor(draft if draft is not None else self._starter(), language="python",
                                       id="code-editor")
        yield Footer()

    def _starter(self) -> str:
        spec = self.task_spec.spec
        lines = ["import pandas as pd", ""] + [f'df = pd.read_csv("data/{spec.data[0]}")', "", "# 답을 print 하세요", ""]
        if spec.type == 2:
            lines = ["import pandas as pd", "", 'train = pd.read_csv("data/train.csv")', 'test = pd.read_csv("data/test.csv")',
                     "", f'# pd.DataFrame({{"pred": pred}}).to_csv("{spec.output.file}", index=False)', ""]
        return "\n".join(lines)

    def on_mount(self) -> None:
        spec = self.task_spec.spec
        for name, table in zip(spec.data, self.query(".preview").results(DataTable)):
            header, rows = preview_rows(self.task_spec.data_dir / name)
            table.add_columns(*header)
            for row in rows:
                table.add_row(*row)
        self.query_one("#practical-report", Static).display = False
        self.query_one("#code-editor", TextArea).focus()

    def action_leave(self) -> None:
        if self.app.study is not None:
            self.app.study.save_drill_draft(self.task_spec.id, self.query_one("#code-editor", TextArea).text)
        self.app.pop_screen()

    def action_run(self) -> None:
        if self.running:
            return
        self.running = True
        box = self.query_one("#practical-report", Static)
        box.update(Text("시험처럼 실행하는 중… (최대 1분)", style="italic"))
        box.display = True
        source = self.query_one("#code-editor", TextArea).text
        if self.app.study is not None:
            self.app.study.save_drill_draft(self.task_spec.id, source)
        self.check(source)

    @work(thread=True, exclusive=True, group="practical", exit_on_error=False)
    def check(self, source: str) -> None:
        try:
            report = run_check(self.task_spec.id, source)
        except Exception as exc:
            self.app.call_from_thread(self.show_error, str(exc))
            return
        self.app.call_from_thread(self.show_report, report)

    def show_error(self, error: str) -> None:
        self.running = False
        self.query_one("#practical-report", Static).update(Text(f"채점할 수 없습니다: {error}", style="red"))

    def action_submit_typed(self) -> None:
        if self.task_spec.spec.type == 2:
            self.notify("작업형2는 result.csv를 만드는 스크립트로 채점합니다 (ctrl+r).", timeout=4)
            return
        typed = [i.value for i in self.query(".answer").results(Input)]
        self.show_report(score_typed(self.task_spec, typed))

    def show_report(self, report: dict[str, Any]) -> None:
        self.running = False
        self.report = report
        lines = Text()
        style = "bold green" if report["points"] == report["max_points"] else "bold yellow" if report["points"] else "bold red"
        lines.append(f"{report['points']:g}/{report['max_points']}점 (100점 환산 {report['score100']:g})\n", style=style)
        for message in report.get("messages", []):
            lines.append(f"! {message}\n", style="yellow")
        for item in report["items"]:
            mark = "✔" if item["points"] == item["max_points"] else "✘"
            got = f" (답: {item['got']})" if item.get("got") not in (None, "") else ""
            lines.append(f"{mark} {item['name']}: {item['points']:g}/{item['max_points']}{got}\n")
            for message in item.get("messages", []):
                lines.append(f"    - {message}\n")
        self.query_one("#practical-report", Static).update(lines)
        # fill the answer boxes with what the script printed, as the learner would copy them
        for n, item in enumerate(report["items"]):
            if self.task_spec.spec.type != 2 and item.get("got") is not None:
                boxes = list(self.query(".answer").results(Input))
                if n < len(boxes) and not boxes[n].value:
                    boxes[n].value = str(item["got"])
        if self.on_result is not None:
            self.on_result(self.task_spec.id, report)
        left = self.query_one("#code-left", VerticalScroll)
        self.call_after_refresh(left.scroll_to_widget, self.query_one("#practical-report"))


class MockPracticalScreen(Screen):
    """Six tasks, 180 minutes, best score per task counts; the timer ends the exam."""

    BINDINGS = [Binding("f10", "finish", "key.finish", priority=True), Binding("escape", "escape", "key.back")]

    def __init__(self, tasks: list[Task], *, minutes: int = MOCK_MINUTES) -> None:
        super().__init__()
        self.tasks = tasks
        self.best: dict[str, dict[str, Any]] = {}
        self.minutes = minutes
        self.finished = False
        translate_bindings(self, self.app.t)

    def compose(self) -> ComposeResult:
        yield Header()
        with VerticalScroll(id="practical-box"):
            yield Static(id="mock-timer", classes="heading")
            yield OptionList(id="mock-tasks")
            yield Static("Enter로 과제 열기 · F10 제출하고 끝내기 (과제마다 가장 좋은 점수를 씁니다)", classes="hint")
            yield Static(id="mock-result")
        yield Footer()

    def on_mount(self) -> None:
        self.deadline = self.app_clock() + self.minutes * 60
        self.refresh_list()
        self.query_one("#mock-tasks", OptionList).focus()
        self.set_interval(1.0, self.tick)
        self.tick()

    def app_clock(self) -> float:
        clock = getattr(self.app, "mock_clock", None)
        return clock() if clock else time.monotonic()

    def tick(self) -> None:
        if self.finished:
            return
        left = max(0, int(self.deadline - self.app_clock()))
        self.query_one("#mock-timer", Static).update(
            Text(f"모의 실기 — 남은 시간 {left // 3600}:{left % 3600 // 60:02d}:{left % 60:02d}", style="bold"))
        if left <= 0:
            self.action_finish()

    def refresh_list(self) -> None:
        menu = self.query_one("#mock-tasks", OptionList)
        menu.clear_options()
        for n, task in enumerate(self.tasks):
            best = self.best.get(task.id)
            score = f"{best['points']:g}/{task.spec.max_points}" if best else f"-/{task.spec.max_points}"
            menu.add_option(Option(f"{n + 1}. [{TYPE_NAMES[task.spec.type]}] {task.spec.title}  ({score})", id=task.id))

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        if self.finished or not event.option.id:
            return
        task = next(t for t in self.tasks if t.id == event.option.id)
        self.app.push_screen(PracticalTaskScreen(task, on_result=self.record))

    def record(self, task_id: str, report: dict[str, Any]) -> None:
        if self.finished:
            return
        if task_id not in self.best or report["points"] > self.best[task_id]["points"]:
            self.best[task_id] = report
        self.refresh_list()

    def total(self) -> float:
        return sum(r["points"] for r in self.best.values())

    def action_escape(self) -> None:
        if self.finished:
            self.app.pop_screen()
        else:
            self.notify("시험 중입니다. 끝내려면 F10(제출)을 누르세요.", timeout=4)

    def action_finish(self) -> None:
        if self.finished:
            self.app.pop_screen()
            return
        self.finished = True
        while self.app.screen is not self:
            self.app.pop_screen()
        total = self.total()
        verdict = "합격 (60점 이상)" if total >= 60 else "불합격 (60점 미만)"
        lines = Text(f"모의 실기 결과: {total:g}/100점 — {verdict}\n", style="bold green" if total >= 60 else "bold red")
        for task in self.tasks:
            best = self.best.get(task.id)
            lines.append(f"  [{TYPE_NAMES[task.spec.type]}] {task.spec.title}: "
                         f"{(best or {}).get('points', 0):g}/{task.spec.max_points}\n")
        self.query_one("#mock-result", Static).update(lines)
        self.query_one("#mock-timer", Static).update(Text("모의 실기가 끝났습니다. Esc로 돌아가기", style="bold"))
