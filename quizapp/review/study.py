"""Study sessions over the bank and the store: what the TUI calls, with no Textual import.

Each answer is one transaction (the answer row, the review-log row and the new schedule), so
an answer is either fully saved or not at all, and it is saved the moment it is given.
"""

from __future__ import annotations

import dataclasses
import random
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone

from quizapp.bank import Bank
from quizapp.bank.models import Item, MultipleChoice
from fsrs import Card, Rating

from quizapp.review.mock import MockExam, MockResult, SubjectScore
from quizapp.review.planner import GUESS, NewItemPlan, SubjectForecast, exam_moment, forecast, plan_new_items
from quizapp.review.mock import assemble as assemble_mock
from quizapp.review.scheduling import apply_rating, make_scheduler, rating_for_answer, rating_for_drill
from quizapp.store import Store, repo

Clock = Callable[[], datetime]
STUDY_KINDS = ("mcq", "flashcard")


def utc_now() -> datetime:
    return datetime.now(timezone.utc)


@dataclass(frozen=True)
class AnswerOutcome:
    correct: bool
    next_due: datetime


@dataclass(frozen=True)
class Counts:
    total: int
    new: int
    due: int


@dataclass
class QuizPlan:
    session_id: int | None  # None when the scope had nothing to ask
    scope: str
    items: list[MultipleChoice]
    answers: dict[int, repo.AnswerRecord] = field(default_factory=dict)

    @property
    def answered(self) -> int:
        return len(self.answers)

    @property
    def correct(self) -> int:
        return sum(a.correct for a in self.answers.values())


@dataclass(frozen=True)
class TopicResult:
    topic: str
    subject: int
    answered: int
    correct: int


LEECH_LAPSES = 8  # an item forgotten this often is a leech: tagged, suspended and listed


class StudyService:
    def __init__(
        self,
        *,
        store: Store,
        bank: Bank,
        clock: Clock = utc_now,
        rng: random.Random | None = None,
    ) -> None:
        self.store = store
        self.bank = bank
        self.clock = clock
        self.rng = rng or random.Random()
        with store.session() as session:
            retention = repo.get_setting(session=session, key="desired_retention", default=0.9)
        self.scheduler = make_scheduler(retention)

    # --- counts ---------------------------------------------------------------------------
    def scope_counts(self, scopes: list[str], kinds: tuple[str, ...] = STUDY_KINDS) -> dict[str, Counts]:
        """Total, new (never studied) and due items for each scope, from one read of the store."""
        now = self.clock()
        with self.store.session() as session:
            seen = repo.seen_item_ids(session=session)
            due = repo.due_item_ids(session=session, now=now)
        result = {}
        for scope in scopes:
            ids = self.bank.ids_in_scope(scope, *kinds)
            result[scope] = Counts(
                total=len(ids),
                new=sum(1 for i in ids if i not in seen),
                due=sum(1 for i in ids if i in due),
            )
        return result

    def counts_by_subject(self) -> dict[int, Counts]:
        """New and due items per subject (multiple-choice and flashcards)."""
        subjects = [s.id for s in self.bank.taxonomy.subjects]
        counts = self.scope_counts([f"s:{n}" for n in subjects])
        return {n: counts[f"s:{n}"] for n in subjects}

    # --- quiz -------------------------------------------------------------------------------
    def start_quiz(self, scope: str, *, limit: int = 10) -> QuizPlan:
        """Due questions first (most overdue first), then new ones in random order, then,
        when the learner asks for more than is due, the others soonest-due first."""
        candidates = self.bank.ids_in_scope(scope, "mcq")
        now = self.clock()
        with self.store.session() as session:
            by_due = repo.due_order(session=session, item_ids=list(candidates))
            due_now = [item_id for item_id, due in by_due if due <= now]
            later = [item_id for item_id, due in by_due if due > now]
            seen = {item_id for item_id, _ in by_due}
            new = [i for i in candidates if i not in seen]
            self.rng.shuffle(new)
            chosen = (due_now + new + later)[:limit]
            if not chosen:
                return QuizPlan(session_id=None, scope=scope, items=[])
            session_id = repo.start_quiz_session(
                session=session, scope=scope, item_count=len(chosen), started_at=now
            )
        return QuizPlan(session_id=session_id, scope=scope, items=[self.bank.items[i] for i in chosen])

    def answer(self, plan: QuizPlan, position: int, chosen: int, duration_ms: int) -> AnswerOutcome:
        """Save the answer to question ``position`` (0-based); ``chosen`` is 1-based."""
        item = plan.items[position]
        assert plan.session_id is not None
        if position in plan.answers:
            raise ValueError(f"question {position} was already answered")
        correct = chosen == item.answer
        now = self.clock()
        record = repo.AnswerRecord(item.id, position, chosen, correct, duration_ms, now)
        rating = rating_for_answer(correct)
        with self.store.session() as session:
            repo.record_answer(session=session, quiz_session_id=plan.session_id, answer=record)
            schedule = repo.load_schedule(session=session, item_id=item.id)
            schedule = apply_rating(
                self.scheduler, schedule, item_id=item.id, rating=rating, now=now, duration_ms=duration_ms
            )
            repo.save_schedule(session=session, schedule=schedule)
            repo.append_review(
                session=session,
                item_id=item.id,
                rating=int(rating),
                reviewed_at=now,
                duration_ms=duration_ms,
                source="quiz",
            )
        plan.answers[position] = record
        return AnswerOutcome(correct, schedule.card.due)

    def finish(self, plan: QuizPlan) -> list[TopicResult]:
        """Close the session; per-topic results in subject order."""
        if plan.session_id is not None:
            with self.store.session() as session:
                repo.finish_quiz_session(
                    session=session, quiz_session_id=plan.session_id, ended_at=self.clock()
                )
        results: dict[str, list[bool]] = {}
        for position, answer in sorted(plan.answers.items()):
            results.setdefault(plan.items[position].topic, []).append(answer.correct)
        topic_subject = self.bank.taxonomy.topic_subject()
        return [
            TopicResult(topic, topic_subject.get(topic, 0), len(marks), sum(marks))
            for topic, marks in sorted(results.items(), key=lambda kv: (topic_subject.get(kv[0], 0), kv[0]))
        ]

    # --- daily review ---------------------------------------------------------------------------
    def daily_queue(self, *, new_limit: int | None = None) -> list[Item]:
        """Today's due items (most overdue first) plus new ones up to the daily limit,
        interleaved so kinds and subjects alternate."""
        limit = int(self.get_setting("daily_new", 20)) if new_limit is None else new_limit
        ids = self.bank.ids_in_scope("all", "mcq", "flashcard")
        now = self.clock()
        with self.store.session() as session:
            held = repo.held_item_ids(session=session, now=now)
            by_due = dict(repo.due_order(session=session, item_ids=ids))
        ids = [i for i in ids if i not in held]
        by_due = {i: d for i, d in by_due.items() if i not in held}
        due = sorted((i for i, d in by_due.items() if d <= now), key=lambda i: by_due[i])
        fresh = [i for i in ids if i not in by_due]
        self.rng.shuffle(fresh)
        chosen = due + fresh[:limit]
        buckets: dict[tuple[str, int], list[str]] = {}
        for item_id in chosen:
            meta = self.bank.items.meta[item_id]
            buckets.setdefault((meta.kind, meta.subject), []).append(item_id)
        order: list[str] = []
        while any(buckets.values()):
            for key in sorted(buckets):
                if buckets[key]:
                    order.append(buckets[key].pop(0))
        return [self.bank.items[i] for i in order]

    def preview_intervals(self, item_id: str) -> dict[int, datetime]:
        """When the item would next be due for each rating 1–4 (shown on the buttons)."""
        now = self.clock()
        with self.store.session() as session:
            schedule = repo.load_schedule(session=session, item_id=item_id)
        return {int(r): apply_rating(self.scheduler, schedule, item_id=item_id, rating=r, now=now).card.due
                for r in (Rating.Again, Rating.Hard, Rating.Good, Rating.Easy)}

    def rate(self, item_id: str, rating: Rating, *, duration_ms: int | None = None, source: str = "review") -> datetime:
        now = self.clock()
        with self.store.session() as session:
            schedule = repo.load_schedule(session=session, item_id=item_id)
            schedule = apply_rating(self.scheduler, schedule, item_id=item_id, rating=rating, now=now,
                                    duration_ms=duration_ms)
            if schedule.lapses >= LEECH_LAPSES and not schedule.leech:
                schedule = dataclasses.replace(schedule, leech=True, suspended=True)
            repo.save_schedule(session=session, schedule=schedule)
            repo.append_review(session=session, item_id=item_id, rating=int(rating), reviewed_at=now,
                               duration_ms=duration_ms, source=source)
        return schedule.card.due

    def snapshot(self, item_id: str) -> repo.ItemSchedule | None:
        """The item's schedule now, for undo."""
        with self.store.session() as session:
            return repo.load_schedule(session=session, item_id=item_id)

    def undo(self, item_id: str, previous: repo.ItemSchedule | None, answer_id: int | None = None) -> None:
        """Take back the last rating: restore the schedule; the append-only log gets an "undo" entry."""
        with self.store.session() as session:
            if previous is None:
                repo.delete_schedule(session=session, item_id=item_id)
            else:
                repo.save_schedule(session=session, schedule=previous)
            repo.append_review(session=session, item_id=item_id, rating=0, reviewed_at=self.clock(),
                               duration_ms=None, source="undo")
            if answer_id is not None:
                repo.delete_answer(session=session, answer_id=answer_id)

    def hold(self, item_id: str, *, suspend: bool = False, bury: bool = False) -> None:
        """Suspend (until un-suspended) or bury until tomorrow."""
        now = self.clock()
        with self.store.session() as session:
            schedule = repo.load_schedule(session=session, item_id=item_id) or repo.ItemSchedule(
                item_id=item_id, card=Card(due=now))
            if suspend:
                schedule = dataclasses.replace(schedule, suspended=not schedule.suspended)
            if bury:
                tomorrow = (now + timedelta(days=1)).replace(hour=0, minute=0, second=0, microsecond=0)
                schedule = dataclasses.replace(schedule, buried_until=tomorrow)
            repo.save_schedule(session=session, schedule=schedule)

    def flagged(self, flag: str) -> set[str]:
        with self.store.session() as session:
            return repo.flagged_item_ids(session=session, flag=flag)

    def answer_in_review(self, session_id: int, position: int, item: MultipleChoice, chosen: int,
                         confidence: str, duration_ms: int) -> tuple[bool, datetime]:
        """A multiple-choice answer during review: saved for the 오답노트, rated automatically
        (wrong Again; right Good, but Hard when the learner says they guessed)."""
        correct = chosen == item.answer
        rating = Rating.Again if not correct else (Rating.Hard if confidence == "guessed" else Rating.Good)
        with self.store.session() as session:
            repo.record_answer(session=session, quiz_session_id=session_id,
                               answer=repo.AnswerRecord(item.id, position, chosen, correct, duration_ms, self.clock()))
            session.flush()
            self.last_answer_id = repo.last_answer_id(session=session, quiz_session_id=session_id)
        return correct, self.rate(item.id, rating, duration_ms=duration_ms)

    def start_review_session(self, count: int) -> int:
        with self.store.session() as session:
            return repo.start_quiz_session(session=session, scope="review", item_count=count,
                                           started_at=self.clock(), mode="review")

    # --- browse ------------------------------------------------------------------------------
    def search(self, text: str = "", *, scope: str = "all", kind: str | None = None,
               state: str | None = None) -> list[str]:
        """Item ids matching every word of ``text`` (Korean or English, any field), in ``scope``,
        of ``kind`` (mcq, flashcard, code) and ``state`` (new, due, seen)."""
        words = [w.casefold() for w in text.split()]
        kinds = (kind,) if kind else ("mcq", "flashcard", "code")
        ids = self.bank.ids_in_scope(scope, *kinds)
        if state:
            with self.store.session() as session:
                seen = repo.seen_item_ids(session=session)
                due = repo.due_item_ids(session=session, now=self.clock())
                suspended = repo.flagged_item_ids(session=session, flag="suspended")
                leeches = repo.flagged_item_ids(session=session, flag="leech")
            keep = {"new": lambda i: i not in seen, "due": lambda i: i in due, "seen": lambda i: i in seen,
                    "suspended": lambda i: i in suspended, "leech": lambda i: i in leeches}[state]
            ids = [i for i in ids if keep(i)]
        if not words:
            return ids
        return [i for i in ids if all(w in self._search_text(i) for w in words)]

    def _search_text(self, item_id: str) -> str:
        """Every field of an item, case-folded; built once per item (browse searches per keystroke)."""
        cache = self.__dict__.setdefault("_search_cache", {})
        if item_id not in cache:
            cache[item_id] = self.bank.items[item_id].model_dump_json().casefold()
        return cache[item_id]

    def history(self, item_id: str) -> list[tuple[datetime, int, str]]:
        with self.store.session() as session:
            return repo.review_history(session=session, item_id=item_id)

    # --- 오답노트 --------------------------------------------------------------------------------
    def wrong_notes(self, scope: str = "all") -> list[repo.WrongAnswer]:
        """Items answered wrong in quizzes and mock exams, newest mistake first, within ``scope``."""
        in_scope = set(self.bank.ids_in_scope(scope, "mcq"))
        with self.store.session() as session:
            return [w for w in repo.wrong_answers(session=session) if w.item_id in in_scope]

    def start_retry(self, item_ids: list[str]) -> QuizPlan:
        """A quiz on exactly these items ("retry these" from the 오답노트)."""
        ids = [i for i in item_ids if i in self.bank.items]
        if not ids:
            return QuizPlan(session_id=None, scope="retry", items=[])
        with self.store.session() as session:
            session_id = repo.start_quiz_session(session=session, scope="retry", item_count=len(ids),
                                                 started_at=self.clock(), mode="retry")
        return QuizPlan(session_id=session_id, scope="retry", items=[self.bank.items[i] for i in ids])

    # --- mock 필기 exam --------------------------------------------------------------------------
    def start_mock(self, rng: random.Random | None = None) -> MockExam:
        exam = MockExam(items=assemble_mock(self.bank, rng or self.rng), started_at=self.clock())
        with self.store.session() as session:
            exam.session_id = repo.start_quiz_session(
                session=session, scope="mock", item_count=len(exam.items), started_at=exam.started_at, mode="mock")
        return exam

    def submit_mock(self, exam: MockExam) -> MockResult:
        """Save every answer (blank = 0), update FSRS for the answered ones, close the session."""
        now = self.clock()
        exam.submitted = True
        assert exam.session_id is not None
        with self.store.session() as session:
            for position, item in enumerate(exam.items):
                chosen = exam.answers.get(position, 0)
                record = repo.AnswerRecord(item.id, position, chosen, exam.correct(position), 0, now)
                repo.record_answer(session=session, quiz_session_id=exam.session_id, answer=record)
                if chosen:
                    rating = rating_for_answer(exam.correct(position))
                    schedule = repo.load_schedule(session=session, item_id=item.id)
                    schedule = apply_rating(self.scheduler, schedule, item_id=item.id, rating=rating, now=now,
                                            duration_ms=None)
                    repo.save_schedule(session=session, schedule=schedule)
                    repo.append_review(session=session, item_id=item.id, rating=int(rating), reviewed_at=now,
                                       duration_ms=None, source="mock")
            repo.finish_quiz_session(session=session, quiz_session_id=exam.session_id, ended_at=now)
        return exam.result()

    def mock_history(self) -> list[tuple[datetime, MockResult]]:
        """Past submitted mock exams, newest first, scored from their saved answers."""
        with self.store.session() as session:
            rows = repo.mock_sessions(session=session)
        out = []
        for started_at, answers in rows:
            per: dict[int, list[bool]] = {}
            for item_id, correct in answers:
                meta = self.bank.items.meta.get(item_id)
                if meta is not None:
                    per.setdefault(meta.subject, []).append(correct)
            out.append((started_at, MockResult([SubjectScore(s, sum(v), len(v)) for s, v in sorted(per.items())])))
        return out

    # --- coding drills -------------------------------------------------------------------------
    def drill_draft(self, item_id: str) -> str | None:
        with self.store.session() as session:
            return repo.load_draft(session=session, item_id=item_id)

    def save_drill_draft(self, item_id: str, source: str) -> None:
        with self.store.session() as session:
            repo.save_draft(session=session, item_id=item_id, source=source, saved_at=self.clock())

    def drill_attempts(self, item_id: str | None = None) -> list[repo.CodeAttempt]:
        with self.store.session() as session:
            return repo.code_attempts(session=session, item_id=item_id)

    def record_drill_attempt(
        self, item_id: str, result: dict, *, hints_used: int, rate: bool, source: str | None = None
    ) -> Rating | None:
        """Save one graded attempt (and the code); with ``rate``, update the FSRS schedule:
        pass without hints Good, pass after hints Hard, fail or error Again."""
        now = self.clock()
        tests = result.get("tests", [])
        attempt = repo.CodeAttempt(
            item_id=item_id, attempted_at=now, status=result["status"],
            passed=sum(t["status"] == "pass" for t in tests), total=len(tests), hints_used=hints_used,
            seed=result.get("seed"), duration_ms=int(result.get("duration_ms") or 0),
        )
        rating = rating_for_drill(result["status"], hints_used) if rate else None
        with self.store.session() as session:
            repo.record_code_attempt(session=session, attempt=attempt)
            if source is not None:
                repo.save_draft(session=session, item_id=item_id, source=source, saved_at=now)
            if rating is not None:
                schedule = repo.load_schedule(session=session, item_id=item_id)
                schedule = apply_rating(self.scheduler, schedule, item_id=item_id, rating=rating, now=now,
                                        duration_ms=attempt.duration_ms)
                repo.save_schedule(session=session, schedule=schedule)
                repo.append_review(session=session, item_id=item_id, rating=int(rating), reviewed_at=now,
                                   duration_ms=attempt.duration_ms, source="drill")
        return rating

    def due_ids(self) -> set[str]:
        with self.store.session() as session:
            return repo.due_item_ids(session=session, now=self.clock())

    def schedule_of(self, item_id: str) -> repo.ItemSchedule | None:
        with self.store.session() as session:
            return repo.load_schedule(session=session, item_id=item_id)

    def exam_forecast(self, exam_day: date) -> list[SubjectForecast]:
        """Predicted recall per subject on ``exam_day`` (FSRS retrievability; 1/4 for unseen)."""
        moment = exam_moment(exam_day)
        recalls: dict[int, list[float]] = {s.id: [] for s in self.bank.taxonomy.subjects}
        with self.store.session() as session:
            for item_id in self.bank.ids_in_scope("all", "mcq"):
                schedule = repo.load_schedule(session=session, item_id=item_id)
                meta = self.bank.items.meta[item_id]
                if schedule is None:
                    recalls[meta.subject].append(GUESS)
                else:
                    r = self.scheduler.get_card_retrievability(schedule.card, current_datetime=moment)
                    recalls[meta.subject].append(GUESS + (1 - GUESS) * r)  # forgetting still leaves a guess
        return forecast(recalls)

    def new_item_plan(self, exam_day: date) -> NewItemPlan:
        with self.store.session() as session:
            seen = repo.seen_item_ids(session=session)
        unseen = sum(1 for i in self.bank.ids_in_scope("all", "mcq", "flashcard") if i not in seen)
        return plan_new_items(unseen, self.clock().date(), exam_day)

    def set_retention(self, retention: float) -> None:
        """A new desired retention applies to every rating from now on."""
        self.scheduler = make_scheduler(retention)

    # --- settings -----------------------------------------------------------------------------
    def get_setting(self, key: str, default: object = None) -> object:
        with self.store.session() as session:
            return repo.get_setting(session=session, key=key, default=default)

    def set_setting(self, key: str, value: object) -> None:
        with self.store.session() as session:
            repo.set_setting(session=session, key=key, value=value)
