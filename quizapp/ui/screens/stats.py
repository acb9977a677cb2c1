"""Statistics drawn in the terminal (fits 80×24): tables, a 12-week heatmap, a due forecast."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Header, Sparkline, Static

from quizapp.review.stats import compute
from quizapp.ui.app import translate_bindings

SHADES = " ░▒▓█"


def heatmap_text(counts: list[int], start_weekday: int) -> Text:
    """7 rows (Mon–Sun) × week columns, shaded by the number of reviews that day."""
    top = max(counts) or 1
    weeks = (start_weekday + len(counts) + 6) // 7
    text = Text()
    for weekday, name in enumerate("월화수목금토일"):
        text.append(f"{name} ")
        for week in range(weeks):
            day = week * 7 + weekday - start_weekday
            if not 0 <= day < len(counts):
                text.append("  ")
                continue
            n = counts[day]
            level = 0 if n == 0 else 1 + min(3, int(3 * n / top))
            text.append((SHADES[level] if n else "·") * 2, style="green" if n else "dim")
        text.append("\n")
    return text


class StatsScreen(Screen):
    BINDINGS = [Binding("escape", "app.pop_screen", "key.back")]

    def __init__(self) -> None:
        super().__init__()
        translate_bindings(self, self.app.t)

    def compose(self) -> ComposeResult:
        yield Header()
        with VerticalScroll(id="stats"):
            yield Static(id="stats-summary", classes="heading")
            yield DataTable(id="stats-subjects", cursor_type="none", zebra_stripes=True)
            yield Static(Text("최근 12주 복습 (칸이 진할수록 많이)", style="bold"))
            yield Static(id="stats-heatmap")
            yield Static(Text("앞으로 30일 복습 예정", style="bold"))
            yield Sparkline([0], id="stats-forecast")
            yield Static(id="stats-forecast-label")
            yield Static(Text("세부항목별", style="bold"))
            yield DataTable(id="stats-topics", cursor_type="none", zebra_stripes=True)
            yield Static(Text("모의고사 점수", style="bold"))
            yield Sparkline([0], id="stats-mock")
            yield Static(id="stats-mock-label")
        yield Footer()

    def on_mount(self) -> None:
        study = self.app.study
        stats = compute(study)
        retention = f"{100 * stats.true_retention:.0f}%" if stats.true_retention is not None else "—"
        self.query_one("#stats-summary", Static).update(Text(
            f"복습 {stats.reviews}회 · 실제 기억률(그날 첫 복습 기준) {retention}", style="bold"))
        for selector, rows, label in (("#stats-subjects", stats.subjects, "과목"), ("#stats-topics", stats.topics, "세부항목")):
            table = self.query_one(selector, DataTable)
            table.add_columns(label, "정답률", "숙련도", "진도")
            for row in rows:
                name = f"{row.key}과목" if label == "과목" else row.key
                table.add_row(name, f"{100 * row.accuracy:.0f}% ({row.correct}/{row.answered})",
                              f"{100 * row.mastery:.0f}%", f"{row.seen}/{row.total} ({100 * row.coverage:.0f}%)")
        self.query_one("#stats-heatmap", Static).update(heatmap_text(stats.heatmap, stats.heatmap_start.weekday()))
        self.query_one("#stats-forecast", Sparkline).data = stats.forecast
        self.query_one("#stats-forecast-label", Static).update(
            f"오늘 {stats.forecast[0]} · 7일 {sum(stats.forecast[:7])} · 30일 {sum(stats.forecast)}")
        history = list(reversed(study.mock_history()))
        self.query_one("#stats-mock", Sparkline).data = [r.average for _, r in history] or [0]
        self.query_one("#stats-mock-label", Static).update(
            " → ".join(f"{r.average:g}" for _, r in history[-8:]) or "아직 모의고사가 없습니다.")
