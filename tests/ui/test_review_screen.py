"""Daily review: flashcards flip and are rated 1–4 with intervals shown; multiple choice asks how
sure you were, and a guessed right answer counts as Hard."""

from __future__ import annotations

from sqlmodel import select

from quizapp.bank.models import Flashcard, MultipleChoice
from quizapp.store.tables import ReviewLogRow
from quizapp.ui.app import make_app
from quizapp.ui.screens.review import ReviewScreen
from quizapp.ui.widgets.choice_list import ChoiceList
from tests.ui.helpers import settle


async def open_review(app, pilot) -> ReviewScreen:
    """Home → today's review, with every new item of the small bank allowed."""
    await settle(app, pilot)
    app.study.set_setting("daily_new", 5)
    await pilot.press("r")
    await pilot.pause()
    assert isinstance(app.screen, ReviewScreen)
    return app.screen


async def test_review_rates_cards_and_questions(memory_store, small_bank, clock):
    app = make_app(store=memory_store, bank=small_bank, clock=clock)
    async with app.run_test(size=(100, 34)) as pilot:
        screen = await open_review(app, pilot)
        assert len(screen.queue) == 5  # nothing due yet: every new item, within the daily limit
        kinds = [type(i).__name__ for i in screen.queue]
        assert "Flashcard" in kinds and "MultipleChoice" in kinds
        expected = []
        while screen.item is not None:
            item = screen.item
            if isinstance(item, Flashcard):
                await pilot.press("space")
                await pilot.pause()
                keys = str(screen.query_one("#review-keys").content)
                assert "1 다시" in keys and "4 쉬움" in keys and "후" in keys  # each rating's next interval
                await pilot.press("3")
                expected.append(3)
            else:
                assert isinstance(item, MultipleChoice)
                screen.query_one("#review-choices", ChoiceList).focus()
                await pilot.press(str(item.answer), "enter")
                await pilot.pause()
                assert "얼마나 확신" in str(screen.query_one("#review-keys").content)
                await pilot.press("g")  # guessed, though right
                expected.append(2)
            await pilot.pause()
        assert "오늘 복습 끝" in str(screen.query_one("#review-status").content)
        # learning steps: new items due again within minutes came back in the same session
        assert len(screen.queue) > 5 and max(screen.returns.values()) >= 1
    with memory_store.session() as session:
        ratings = [r.rating for r in session.exec(select(ReviewLogRow).order_by(ReviewLogRow.id))]
    assert ratings == expected


def test_due_items_come_first_and_new_ones_stop_at_the_daily_limit(memory_store, small_bank, clock):
    from fsrs import Rating

    from quizapp.review.study import StudyService

    study = StudyService(store=memory_store, bank=small_bank, clock=clock)
    first = study.daily_queue(new_limit=2)
    assert len(first) == 2
    for item in first:
        study.rate(item.id, Rating.Again)
    clock.advance(days=1)
    queue = study.daily_queue(new_limit=1)
    assert {i.id for i in first} <= {i.id for i in queue} and len(queue) == 3  # 2 due + 1 new
    intervals = study.preview_intervals(first[0].id)
    assert intervals[1] < intervals[3] <= intervals[4]


async def test_undo_suspend_and_bury(memory_store, small_bank, clock):
    from quizapp.store import repo

    app = make_app(store=memory_store, bank=small_bank, clock=clock)
    async with app.run_test(size=(100, 34)) as pilot:
        screen = await open_review(app, pilot)
        first = screen.item
        if isinstance(first, Flashcard):
            await pilot.press("space")
            await pilot.pause()
            await pilot.press("4")
        else:
            screen.query_one("#review-choices", ChoiceList).focus()
            await pilot.press(str(first.answer), "enter")
            await pilot.pause()
            await pilot.press("s")
        await pilot.pause()
        assert screen.position == 1 and app.study.snapshot(first.id) is not None
        await pilot.press("u")  # undo: back to the first item, its schedule as before
        await pilot.pause()
        assert screen.position == 0 and screen.item.id == first.id
        assert app.study.snapshot(first.id) is None
        await pilot.press("x")  # suspend it
        await pilot.pause()
        second = screen.item
        await pilot.press("b")  # bury the next one until tomorrow
        await pilot.pause()
        assert first.id in app.study.flagged("suspended")
        queue_ids = {i.id for i in app.study.daily_queue(new_limit=5)}
        assert first.id not in queue_ids and second.id not in queue_ids
        clock.advance(days=1)
        queue_ids = {i.id for i in app.study.daily_queue(new_limit=5)}
        assert second.id in queue_ids and first.id not in queue_ids  # buried comes back, suspended stays out
    with memory_store.session() as session:
        stands = repo.all_reviews(session=session)
    assert all(item_id != first.id for item_id, _, _ in stands)  # the undone review no longer counts


def test_eight_lapses_make_a_leech_that_is_suspended_and_listed(memory_store, small_bank, clock):
    from fsrs import Rating

    from quizapp.review.study import StudyService

    study = StudyService(store=memory_store, bank=small_bank, clock=clock)
    item_id = small_bank.of_kind("flashcard")[0].id
    study.rate(item_id, Rating.Good)
    lapses = 0
    for _ in range(60):
        clock.advance(days=30)
        schedule = study.snapshot(item_id)
        if schedule.card.state.name == "Review":
            study.rate(item_id, Rating.Again)
            lapses += 1
        else:
            study.rate(item_id, Rating.Good)
        if item_id in study.flagged("leech"):
            break
    assert lapses == 8 and study.snapshot(item_id).lapses == 8
    assert item_id in study.flagged("leech") and item_id in study.flagged("suspended")
    assert study.search("", state="leech") == [item_id]
