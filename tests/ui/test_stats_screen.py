"""Stats with a seeded history: accuracy, coverage, heatmap, forecast and true retention."""

from __future__ import annotations

from datetime import timedelta

from textual.widgets import DataTable, Sparkline, Static

from quizapp.review.stats import compute
from quizapp.ui.app import make_app
from quizapp.ui.screens.stats import StatsScreen
from tests.ui.helpers import settle


async def test_stats_from_a_seeded_history(memory_store, small_bank, clock):
    app = make_app(store=memory_store, bank=small_bank, clock=clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        study = app.study
        # day 1: 3 answers (2 right); day 2 (a day later): the same first item again, wrong
        plan = study.start_quiz("all", limit=3)
        for position, item in enumerate(plan.items):
            study.answer(plan, position, item.answer if position < 2 else item.answer % len(item.options) + 1, 1000)
        clock.advance(days=1)
        again = study.start_retry([plan.items[0].id])
        study.answer(again, 0, again.items[0].answer % len(again.items[0].options) + 1, 1000)
        stats = compute(study)
        assert stats.reviews == 4
        assert stats.true_retention == 0.5  # first review each day: right, right, wrong (day 1) + wrong (day 2)
        assert sum(stats.heatmap) == 4 and stats.heatmap[-1] == 1 and stats.heatmap[-2] == 3
        assert sum(stats.forecast) == 3  # three studied items fall due within 30 days
        total_seen = sum(s.seen for s in stats.subjects)
        assert total_seen == 3 and sum(s.answered for s in stats.subjects) == 4
        await pilot.press("t")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, StatsScreen)
        assert "실제 기억률" in str(screen.query_one("#stats-summary", Static).content)
        assert screen.query_one("#stats-subjects", DataTable).row_count == len(small_bank.taxonomy.subjects)
        assert sum(screen.query_one("#stats-forecast", Sparkline).data) == 3
        assert "░" in str(screen.query_one("#stats-heatmap", Static).content) or "▒" in str(
            screen.query_one("#stats-heatmap", Static).content) or "█" in str(screen.query_one("#stats-heatmap", Static).content)
