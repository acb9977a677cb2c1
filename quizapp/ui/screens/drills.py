"""Coding drills: the list, and the screen where a drill is written and graded."""

from __future__ import annotations

import time
from typing import Any

from rich.markdown import Markdown as RichMarkdown
from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Header, OptionList, Static, TextArea
from textual.widgets.option_list import Option

from quizapp.bank.models import CodeDrill
from quizapp.ui.app import translate_bindings
from quizapp.ui.screens.quiz import describe_due

AREAS = ("prep", "stats", "dist", "ml", "dl")
AUTOSAVE_SECONDS = 1.0


def area_of(item_id: str) -> str:
    prefix = item_id.split(".", 1)[0]
    return prefix if prefix in AREAS else "other"


class DrillListScreen(Screen):
    BINDINGS = [Binding("escape", "app.pop_screen", "key.back")]

    def __init__(self) -> None:
        super().__init__()
        translate_bindings(self, self.app.t)

    def compose(self) -> ComposeResult:
        yield Header()
        with Vertical(id="drills-box"):
            yield Static(id="drills-heading", classes="heading")
            yield OptionList(id="drills")
        yield Footer()

    def on_mount(self) -> None:
        self.refresh_list()
        self.query_one("#drills", OptionList).focus()
        self.warm_grader()

    def on_screen_resume(self) -> None:
        self.refresh_list()

    @work(thread=True, exclusive=True, group="warm", exit_on_error=False)
    def warm_grader(self) -> None:
        """Start the grading process while the learner reads the list."""
        try:
            self.app.grading().start()
        except Exception:  # shown when the learner runs a drill
            pass

    def refresh_list(self) -> None:
        t = self.app.t
        study = self.app.study
        drills = sorted(study.bank.ids_in_scope("all", "code"))
        attempts: dict[str, bool] = {}
        for attempt in study.drill_attempts():
            attempts[attempt.item_id] = attempts.get(attempt.item_id, False) or attempt.status == "pass"
        due = study.due_ids()
        options: list[Option | None] = []
        for area in (*AREAS, "other"):
            ids = [i for i in drills if area_of(i) == area]
            if not ids:
                continue
            options.append(Option(Text(t(f"drills.area.{area}"), style="bold"), disabled=True))
            for item_id in ids:
                item = study.bank.items[item_id]
                mark = "✔" if attempts.get(item_id) else ("✘" if item_id in attempts else "·")
                label = Text.assemble(f" {mark} ", (f"{item.function}()", "bold"), f"  {item_id}")
                if item_id in due:
                    label.append("  ⏰")
                options.append(Option(label, id=item_id))
        menu = self.query_one("#drills", OptionList)
        highlighted = menu.highlighted
        menu.clear_options()
        menu.add_options(options or [Option(t("drills.empty"), disabled=True)])
        if highlighted is not None and highlighted < menu.option_count:
            menu.highlighted = highlighted
        self.query_one("#drills-heading", Static).update(t("drills.heading", count=len(drills)))

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        if event.option.id:
            item = self.app.study.bank.items[event.option.id]
            self.app.push_screen(CodeScreen(item))


class CodeScreen(Screen):
    BINDINGS = [
        Binding("ctrl+r", "run", "key.run", priority=True),
        Binding("f2", "hint", "key.hint", priority=True),
        Binding("f3", "solution", "key.solution", priority=True),
        Binding("ctrl+s", "save", "key.save", priority=True),
        Binding("escape", "leave", "key.back", priority=True),
    ]

    def __init__(self, item: CodeDrill) -> None:
        super().__init__()
        self.item = item
        self.hints_shown = 0
        self.attempts_here = 0
        self.rated = False
        self.running = False
        self.solution_text: str | None = None
        self.result: dict[str, Any] | None = None
        self._saved_text: str | None = None
        translate_bindings(self, self.app.t)

    # --- layout -------------------------------------------------------------------------------
    def compose(self) -> ComposeResult:
        t = self.app.t
        study = self.app.study
        draft = study.drill_draft(self.item.id)
        self._saved_text = draft
        yield Header()
        with Horizontal(id="code-layout"):
            with VerticalScroll(id="code-left"):
                yield Static(Text(f"{self.item.id} · {self.item.function}()", style="bold"), id="code-title")
                yield Static(RichMarkdown(self.item.prompt), id="code-prompt")
                yield Static(id="code-hints")
                yield Static(Text(t("code.keys"), style="dim"), id="code-keys")
                yield Static(id="code-status")
                yield DataTable(id="code-results", cursor_type="row", zebra_stripes=True)
                yield Static(id="code-failure")
                yield Static(id="code-solution")
            editor = TextArea.code_editor(draft if draft is not None else self.item.starter, language="python",
                                          id="code-editor", soft_wrap=False)
            editor.show_line_numbers = True
            yield editor
        yield Footer()

    def on_mount(self) -> None:
        for hidden in ("#code-results", "#code-failure", "#code-solution", "#code-status"):
            self.query_one(hidden).display = False
        self.query_one("#code-editor", TextArea).focus()
        self.sub_title = self.item.id
        self.render_hints()

    @property
    def source(self) -> str:
        return self.query_one("#code-editor", TextArea).text

    # --- drafts -------------------------------------------------------------------------------
    def on_text_area_changed(self, event: TextArea.Changed) -> None:
        if hasattr(self, "_autosave"):
            self._autosave.stop()
        self._autosave = self.set_timer(AUTOSAVE_SECONDS, self.save_draft)

    def save_draft(self, notify: bool = False) -> None:
        text = self.source
        if text != self._saved_text:
            self.app.study.save_drill_draft(self.item.id, text)
            self._saved_text = text
        if notify:
            self.notify(self.app.t("code.saved"), timeout=2)

    def action_save(self) -> None:
        self.save_draft(notify=True)

    def action_leave(self) -> None:
        self.save_draft()
        self.app.pop_screen()

    # --- hints and solution ---------------------------------------------------------------------
    def render_hints(self) -> None:
        t = self.app.t
        box = self.query_one("#code-hints", Static)
        if not self.hints_shown:
            box.display = False
            return
        lines = [f"**{t('code.hint_n', n=n + 1, total=len(self.item.hints))}** {hint}"
                 for n, hint in enumerate(self.item.hints[: self.hints_shown])]
        box.update(RichMarkdown("\n\n".join(lines)))
        box.display = True

    def action_hint(self) -> None:
        if self.hints_shown >= len(self.item.hints):
            self.notify(self.app.t("code.no_more_hints"), timeout=3)
            return
        self.hints_shown += 1
        self.render_hints()
        left = self.query_one("#code-left", VerticalScroll)
        self.call_after_refresh(left.scroll_to_widget, self.query_one("#code-hints"))

    def action_solution(self) -> None:
        t = self.app.t
        if not self.attempts_here and not self.app.study.drill_attempts(self.item.id):
            self.notify(t("code.solution_locked"), severity="warning", timeout=4)
            return
        if self.solution_text is None:
            self.fetch_solution()
        else:
            self.show_solution()

    @work(thread=True, exclusive=True, group="solution", exit_on_error=False)
    def fetch_solution(self) -> None:
        try:
            text = self.app.grading().solution(self.item.id)
        except Exception as exc:
            self.app.call_from_thread(self.notify, self.app.t("code.grader_failed", error=exc), severity="error")
            return
        self.solution_text = text
        self.app.call_from_thread(self.show_solution)

    def show_solution(self) -> None:
        box = self.query_one("#code-solution", Static)
        box.update(RichMarkdown(f"**{self.app.t('code.solution')}**\n\n```python\n{self.solution_text}```"))
        box.display = True
        left = self.query_one("#code-left", VerticalScroll)
        self.call_after_refresh(left.scroll_to_widget, box, top=True)

    # --- grading ------------------------------------------------------------------------------
    def action_run(self) -> None:
        if self.running:
            return
        self.running = True
        self.save_draft()
        status = self.query_one("#code-status", Static)
        status.update(Text(self.app.t("code.running"), style="italic"))
        status.display = True
        self.grade(self.source)

    @work(thread=True, exclusive=True, group="grade", exit_on_error=False)
    def grade(self, source: str) -> None:
        started = time.monotonic()
        try:
            result = self.app.grading().grade(self.item.id, source)
        except Exception as exc:
            self.app.call_from_thread(self.grading_failed, str(exc))
            return
        rate = not self.rated
        rating = self.app.study.record_drill_attempt(self.item.id, result, hints_used=self.hints_shown,
                                                     rate=rate, source=source)
        schedule = self.app.study.schedule_of(self.item.id) if rating is not None else None
        result["_wall_ms"] = (time.monotonic() - started) * 1000
        self.app.call_from_thread(self.show_result, result, rating, schedule)

    def grading_failed(self, error: str) -> None:
        self.running = False
        status = self.query_one("#code-status", Static)
        status.update(Text(self.app.t("code.grader_failed", error=error), style="red"))
        status.display = True

    def show_result(self, result: dict[str, Any], rating: Any, schedule: Any) -> None:
        t = self.app.t
        self.running = False
        self.attempts_here += 1
        self.result = result
        if rating is not None:
            self.rated = True
        tests = result["tests"]
        passed = sum(x["status"] == "pass" for x in tests)
        style = {"pass": "bold green", "fail": "bold red", "error": "bold yellow"}[result["status"]]
        lines = Text(t("code.result", label=t(f"code.status.{result['status']}"), passed=passed, total=len(tests)),
                     style=style)
        if result.get("seed") is not None:
            lines.append("\n" + t("code.seed", seed=result["seed"], ms=result.get("duration_ms") or 0,
                                  mode=result.get("sandbox") or "?"), style="dim")
        if rating is not None and schedule is not None:
            lines.append("\n" + t("code.rated", rating=t(f"code.rating.{int(rating)}"),
                                  when=describe_due(t, schedule.card.due, self.app.study.clock())))
        self.query_one("#code-status", Static).update(lines)

        table = self.query_one("#code-results", DataTable)
        table.clear(columns=True)
        table.add_column(t("code.col.status"), key="status")
        table.add_column(t("code.col.case"), key="case")
        icons = {"pass": Text("✔", style="green"), "fail": Text("✘", style="red"), "error": Text("!", style="yellow")}
        for n, test in enumerate(tests):
            table.add_row(icons[test["status"]], test["name"], key=str(n))
        table.display = bool(tests)

        failure = self.query_one("#code-failure", Static)
        first = next((x for x in tests if x["status"] != "pass"), None)
        parts: list[Any] = []
        if result.get("message"):
            parts.append(Text(result["message"], style="yellow"))
        if first is not None:
            parts.append(Text(t("code.first_failure", name=first["name"]), style="bold"))
            parts.append(Text(first.get("message") or ""))
            if first.get("output"):
                parts.append(Text(f"{t('code.output')}:\n{first['output']}", style="dim"))
        for notice in getattr(self.app.grading(), "notices", []):
            parts.append(Text(notice, style="dim"))
        failure.update(Text("\n").join(parts) if parts else "")
        failure.display = bool(parts)
        if first is not None:
            left = self.query_one("#code-left", VerticalScroll)
            self.call_after_refresh(left.scroll_to_widget, failure, top=True)

    def on_data_table_row_highlighted(self, event: DataTable.RowHighlighted) -> None:
        if self.result is None or event.row_key is None or event.row_key.value is None:
            return
        test = self.result["tests"][int(event.row_key.value)]
        if test["status"] == "pass":
            return
        t = self.app.t
        parts = [Text(t("code.first_failure", name=test["name"]).split(":")[0] + f": {test['name']}", style="bold"),
                 Text(test.get("message") or "")]
        if test.get("output"):
            parts.append(Text(f"{t('code.output')}:\n{test['output']}", style="dim"))
        self.query_one("#code-failure", Static).update(Text("\n").join(parts))
