"""Settings: exam dates, desired retention, daily limits, language and theme (saved in the store)."""

from __future__ import annotations

from datetime import date

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Footer, Header, Input, Select, Static

from quizapp.ui.app import translate_bindings

DEFAULTS = {"exam_written": "", "exam_practical": "", "desired_retention": 0.9, "daily_new": 20,
            "daily_reviews": 200, "lang": "ko", "theme": "textual-dark"}
THEMES = ("textual-dark", "textual-light", "nord", "gruvbox", "tokyo-night", "solarized-light")


def validate(values: dict[str, str]) -> tuple[dict[str, object], list[str]]:
    """Parse the form; Korean messages for every bad field."""
    out: dict[str, object] = {}
    errors = []
    for key, label in (("exam_written", "필기 시험일"), ("exam_practical", "실기 시험일")):
        text = values[key].strip()
        if not text:
            out[key] = ""
            continue
        try:
            out[key] = date.fromisoformat(text).isoformat()
        except ValueError:
            errors.append(f"{label}은 YYYY-MM-DD 형식이어야 합니다 (예: 2027-04-05): '{text}'")
    try:
        retention = float(values["desired_retention"])
        if not 0.7 <= retention <= 0.99:
            raise ValueError
        out["desired_retention"] = retention
    except ValueError:
        errors.append("목표 기억률은 0.70–0.99 사이의 수입니다 (보통 0.90)")
    for key, label, high in (("daily_new", "하루 새 문항 수", 500), ("daily_reviews", "하루 복습 한도", 5000)):
        try:
            number = int(values[key])
            if not 0 <= number <= high:
                raise ValueError
            out[key] = number
        except ValueError:
            errors.append(f"{label}은 0–{high} 사이의 정수입니다")
    if out.get("exam_written") and out.get("exam_practical") and out["exam_practical"] < out["exam_written"]:
        errors.append("실기 시험일은 필기 시험일보다 뒤여야 합니다")
    out["lang"] = values["lang"] if values["lang"] in ("ko", "en") else "ko"
    out["theme"] = values["theme"] if values["theme"] in THEMES else "textual-dark"
    return out, errors


class SettingsScreen(Screen):
    BINDINGS = [Binding("ctrl+s", "save", "key.save", priority=True), Binding("escape", "app.pop_screen", "key.back")]

    def __init__(self) -> None:
        super().__init__()
        translate_bindings(self, self.app.t)

    def current(self, key: str) -> object:
        return self.app.study.get_setting(key, DEFAULTS[key])

    def compose(self) -> ComposeResult:
        yield Header()
        with VerticalScroll(id="settings"):
            yield Static(Text("설정 — ctrl+s 저장 · Esc 뒤로", style="bold"))
            for key, label in (("exam_written", "필기 시험일 (YYYY-MM-DD)"), ("exam_practical", "실기 시험일 (YYYY-MM-DD)"),
                               ("desired_retention", "목표 기억률 (FSRS desired retention, 0.70–0.99)"),
                               ("daily_new", "하루 새 문항 수"), ("daily_reviews", "하루 복습 한도")):
                yield Static(label)
                yield Input(str(self.current(key)), id=f"set-{key}")
            yield Static("언어 (language)")
            yield Select([("한국어", "ko"), ("English", "en")], value=str(self.current("lang")), id="set-lang",
                         allow_blank=False)
            yield Static("테마 (theme)")
            yield Select([(t, t) for t in THEMES], value=str(self.current("theme")), id="set-theme", allow_blank=False)
            yield Static(id="settings-status")
        yield Footer()

    def values(self) -> dict[str, str]:
        form = {key: self.query_one(f"#set-{key}", Input).value
                for key in ("exam_written", "exam_practical", "desired_retention", "daily_new", "daily_reviews")}
        form["lang"] = str(self.query_one("#set-lang", Select).value)
        form["theme"] = str(self.query_one("#set-theme", Select).value)
        return form

    async def action_save(self) -> None:
        parsed, errors = validate(self.values())
        status = self.query_one("#settings-status", Static)
        if errors:
            status.update(Text("\n".join(errors), style="red"))
            return
        study = self.app.study
        for key, value in parsed.items():
            study.set_setting(key, value)
        study.set_retention(float(parsed["desired_retention"]))  # type: ignore[arg-type]
        self.app.theme = str(parsed["theme"])
        if parsed["lang"] != self.app.t.lang:
            await self.app.action_toggle_lang()
        lines = Text("저장했습니다.\n", style="green")
        if parsed["exam_written"]:
            exam_day = date.fromisoformat(str(parsed["exam_written"]))
            plan = study.new_item_plan(exam_day)
            lines.append(plan.message + "\n", style="" if plan.feasible else "yellow")
            if plan.feasible and plan.per_day > int(parsed["daily_new"]):  # type: ignore[arg-type]
                # the plan sets the daily target so every item is introduced in time
                study.set_setting("daily_new", plan.per_day)
                self.query_one("#set-daily_new", Input).value = str(plan.per_day)
                lines.append(f"하루 새 문항 수를 {plan.per_day}개로 맞췄습니다.\n", style="bold")
            from quizapp.review.planner import pass_probability

            forecasts = study.exam_forecast(exam_day)
            for f in forecasts:
                low, high = f.low_high
                lines.append(f"  {f.subject}과목 예상 {f.expected:g}점 (90% 범위 {low:g}–{high:g})\n")
            lines.append(f"합격 확률 (과락 포함): {100 * pass_probability(forecasts):.0f}%\n", style="bold")
        status.update(lines)
