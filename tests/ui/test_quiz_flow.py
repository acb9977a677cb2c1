"""A learner's main path: home → topic → answer right and wrong → summary → home."""

from __future__ import annotations

from sqlmodel import select
from textual.widgets import DataTable, OptionList

from quizapp.store import Store
from quizapp.store.tables import ItemStateRow, QuizAnswerRow, ReviewLogRow
from quizapp.ui.app import make_app
from quizapp.ui.screens.help import HelpScreen
from quizapp.ui.screens.home import HomeScreen
from quizapp.ui.screens.quiz import QuizScreen
from quizapp.ui.screens.summary import SummaryScreen
from quizapp.ui.screens.topics import TopicScreen
from quizapp.ui.widgets.choice_list import CIRCLED

from .helpers import settle, table_rows, text_of

SIZE = (80, 24)


async def pick_topic(app, pilot, scope: str) -> None:
    await pilot.press("s")
    await pilot.pause()
    assert isinstance(app.screen, TopicScreen)
    topics = app.screen.query_one("#topics", OptionList)
    target = topics.get_option_index(scope)
    for _ in range(target):
        await pilot.press("down")
    await pilot.press("enter")
    await pilot.pause()


async def answer(pilot, screen: QuizScreen, *, right: bool) -> int:
    item = screen.item
    chosen = item.answer if right else next(n for n in range(1, len(item.options) + 1) if n != item.answer)
    await pilot.press(str(chosen), "enter")
    await pilot.pause()
    return chosen


async def test_home_topic_answer_right_and_wrong_then_summary(small_bank, memory_store, clock):
    app = make_app(store=memory_store, bank=small_bank, clock=clock)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        assert isinstance(app.screen, HomeScreen)
        rows = table_rows(app.screen.query_one("#subjects", DataTable))
        assert rows["1"][0] == "1. 빅데이터 분석 기획"
        assert rows["1"][1:] == ["3", "3", "0"]  # two questions and a flashcard, all new

        await pick_topic(app, pilot, "t:bigdata-overview")
        quiz = app.screen
        assert isinstance(quiz, QuizScreen)
        assert text_of(quiz.query_one("#progress")).startswith("1/2")
        first = quiz.item

        await answer(pilot, quiz, right=True)
        feedback = text_of(quiz.query_one("#feedback"))
        assert "정답입니다" in feedback
        assert first.explanation in feedback
        with memory_store.session() as session:
            saved = session.exec(select(QuizAnswerRow)).all()
            assert [(a.item_id, a.correct) for a in saved] == [(first.id, True)]

        await pilot.press("n")
        await pilot.pause()
        assert text_of(quiz.query_one("#progress")).startswith("2/2")
        second = quiz.item
        chosen = await answer(pilot, quiz, right=False)
        feedback = text_of(quiz.query_one("#feedback"))
        assert f"오답입니다. 정답은 {CIRCLED[second.answer - 1]}번입니다." in feedback
        # why the learner's wrong option is wrong, and why the right one is right
        assert second.options[chosen - 1].why in feedback
        assert second.options[second.answer - 1].why in feedback
        assert "내 선택" in feedback

        await pilot.press("n")  # past the last question
        await pilot.pause()
        summary = app.screen
        assert isinstance(summary, SummaryScreen)
        assert text_of(summary.query_one("#score")).startswith("1/2 정답 (50점)")
        assert list(table_rows(summary.query_one("#by-topic", DataTable)).values()) == [
            ["1. 빅데이터 개요 및 활용", "△ 1/2"]
        ]

        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)
        rows = table_rows(app.screen.query_one("#subjects", DataTable))
        assert rows["1"][1:] == ["3", "1", "0"]  # both questions now scheduled, none due yet

    with memory_store.session() as session:
        ratings = [(r.item_id, r.rating) for r in session.exec(select(ReviewLogRow).order_by(ReviewLogRow.id))]
        assert ratings == [(first.id, 3), (second.id, 1)]  # Good, then Again
        states = {s.item_id: s for s in session.exec(select(ItemStateRow))}
        assert states[second.id].due > clock.now and states[first.id].due > clock.now


async def test_number_keys_only_highlight_until_enter(small_bank, memory_store, clock):
    app = make_app(store=memory_store, bank=small_bank, clock=clock)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pick_topic(app, pilot, "t:eda-basics")
        quiz = app.screen
        await pilot.press("3")
        await pilot.pause()
        assert not quiz.query_one("#feedback").display
        await pilot.press("n")  # cannot skip without answering
        await pilot.pause()
        assert quiz.position == 0 and app.screen is quiz
        await pilot.press("1", "enter")
        await pilot.pause()
        assert "정답입니다" in text_of(quiz.query_one("#feedback"))
        await pilot.press("2", "enter")  # a confirmed answer cannot be changed
        await pilot.pause()
        with memory_store.session() as session:
            assert len(session.exec(select(QuizAnswerRow)).all()) == 1


async def test_escape_ends_session_with_partial_summary(small_bank, memory_store, clock):
    app = make_app(store=memory_store, bank=small_bank, clock=clock)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pick_topic(app, pilot, "all")
        quiz = app.screen
        assert len(quiz.plan.items) == 3
        await answer(pilot, quiz, right=True)
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, SummaryScreen)
        assert text_of(app.screen.query_one("#score")).startswith("1/1 정답 (100점) · 출제 3문항")


async def test_reopening_the_store_shows_updated_due_counts(tmp_path, small_bank, clock):
    url = f"sqlite:///{tmp_path / 'progress.db'}"
    app = make_app(db_url=url, bank=small_bank, clock=clock)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pick_topic(app, pilot, "s:1")
        quiz = app.screen
        await answer(pilot, quiz, right=False)
        await pilot.press("n")
        await pilot.pause()
        await answer(pilot, quiz, right=True)
    app.study.store.close()

    clock.advance(hours=1)  # both learning steps (1 and 10 minutes) have passed
    reopened = make_app(store=Store.open(url), bank=small_bank, clock=clock)
    async with reopened.run_test(size=SIZE) as pilot:
        await settle(reopened, pilot)
        rows = table_rows(reopened.screen.query_one("#subjects", DataTable))
        assert rows["1"][1:] == ["3", "1", "2"]
        assert rows["2"][1:] == ["1", "1", "0"]
        assert rows["total"][1:] == ["5", "3", "2"]
        await pilot.press("s")
        await pilot.pause()
        topics = reopened.screen.query_one("#topics", OptionList)
        prompt = str(topics.get_option("s:1").prompt)
        assert "객관식 2 · 새 0 · 복습 2" in prompt
    reopened.study.store.close()


async def test_help_and_language_switch(small_bank, memory_store, clock):
    app = make_app(store=memory_store, bank=small_bank, clock=clock)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        assert "도움말" in text_of(app.screen.query_one(".heading"))
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)

        await pilot.press("l")
        await pilot.pause()
        rows = table_rows(app.screen.query_one("#subjects", DataTable))
        assert rows["1"][0] == "1. Big data analysis planning"
        assert app.title == "Big Data Analysis Engineer prep"
    # the choice is a saved setting: a new app starts in English
    app2 = make_app(store=memory_store, bank=small_bank, clock=clock)
    async with app2.run_test(size=SIZE) as pilot:
        await settle(app2, pilot)
        assert table_rows(app2.screen.query_one("#subjects", DataTable))["1"][0] == "1. Big data analysis planning"


async def test_lang_option_overrides_the_setting(small_bank, memory_store, clock):
    app = make_app(store=memory_store, bank=small_bank, clock=clock, lang="en")
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        assert text_of(app.screen.query_one(".heading")) == "Today"
        await pick_topic(app, pilot, "t:eda-basics")
        assert "Choose with 1–3" in text_of(app.screen.query_one("#hint"))


async def test_broken_user_bank_file_shows_warning_and_keeps_valid_items(tmp_path, memory_store, clock):
    user_bank = tmp_path / "mybank"
    user_bank.mkdir()
    (user_bank / "broken.yaml").write_text("- id: mine.one\n  kind: [mcq\n", encoding="utf-8")
    (user_bank / "typo.yaml").write_text(
        "- id: mine.two\n  kind: flashcard\n  subject: 1\n  topic: bigdata-overview\n"
        "  difficulty: 5\n  front: 앞\n  back: 뒤\n"
        "- id: mine.three\n  kind: flashcard\n  subject: 1\n  topic: bigdata-overview\n"
        "  difficulty: 1\n  front: 앞면\n  back: 뒷면\n",
        encoding="utf-8",
    )
    app = make_app(store=memory_store, user_bank=user_bank, clock=clock)
    async with app.run_test(size=(100, 40)) as pilot:
        await settle(app, pilot)
        assert isinstance(app.screen, HomeScreen)
        warning = text_of(app.screen.query_one("#warnings"))
        assert app.screen.query_one("#warnings").display
        assert "broken.yaml:3: YAML 문법 오류" in warning and "2번째 줄" in warning
        assert "typo.yaml:5: difficulty:" in warning
        assert "mine.three" in app.study.bank.items  # the valid item of the same folder is served
        assert len(app.study.bank.of_kind("mcq")) >= 40  # and the shipped bank is all there


async def test_unopenable_database_is_explained_not_crashed(small_bank, clock):
    app = make_app(db_url="nosuchdb://nowhere", bank=small_bank, clock=clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        status = text_of(app.screen.query_one("#status"))
        assert "데이터베이스를 열 수 없습니다 (nosuchdb://nowhere)" in status
        await pilot.press("s")  # nothing to study without a store: the reason is repeated
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)
        assert any("데이터베이스를 열 수 없습니다" in n.message for n in app._notifications)


async def test_command_palette_offers_korean_commands(small_bank, memory_store, clock):
    app = make_app(store=memory_store, bank=small_bank, clock=clock)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"문제 풀기")
        await settle(app, pilot)  # the palette searches in a worker
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, TopicScreen)
