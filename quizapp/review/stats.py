"""Learning statistics: per subject/세부항목 accuracy, mastery and coverage; a 12-week review
heatmap; a 30-day due forecast; true retention; mock-exam history."""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import datetime, timedelta

from fsrs import Rating

from quizapp.store import repo


@dataclass(frozen=True)
class AreaStats:
    key: str
    answered: int
    correct: int
    mastery: float  # mean FSRS retrievability of the area's studied items (0 when none)
    seen: int
    total: int

    @property
    def accuracy(self) -> float:
        return self.correct / self.answered if self.answered else 0.0

    @property
    def coverage(self) -> float:
        return self.seen / self.total if self.total else 0.0


@dataclass(frozen=True)
class Stats:
    subjects: list[AreaStats]
    topics: list[AreaStats]
    heatmap: list[int]  # reviews per day, the last 84 days, oldest first
    heatmap_start: object  # the date of heatmap[0]
    forecast: list[int]  # items falling due per day, the next 30 days
    true_retention: float | None  # first review of each day: share not rated Again
    reviews: int


def compute(study, now: datetime | None = None) -> Stats:
    now = now or study.clock()
    bank = study.bank
    with study.store.session() as session:
        reviews = repo.all_reviews(session=session)
        schedules = {s.item_id: s for s in repo.all_schedules(session=session)}
    answered: dict[str, list[bool]] = defaultdict(list)
    for item_id, rating, _ in reviews:
        answered[item_id].append(rating != Rating.Again)
    ids = bank.ids_in_scope("all", "mcq", "flashcard", "code")

    def area(key: str, members: list[str]) -> AreaStats:
        marks = [m for i in members for m in answered.get(i, [])]
        studied = [schedules[i] for i in members if i in schedules]
        mastery = (sum(study.scheduler.get_card_retrievability(s.card, current_datetime=now) for s in studied)
                   / len(studied)) if studied else 0.0
        return AreaStats(key, len(marks), sum(marks), mastery, len(studied), len(members))

    subjects = [area(str(s.id), [i for i in ids if bank.items.meta[i].subject == s.id]) for s in bank.taxonomy.subjects]
    topics = [area(t.key, [i for i in ids if bank.items.meta[i].topic == t.key])
              for s in bank.taxonomy.subjects for t in bank.taxonomy.topics_of(s.id)]
    today = now.date()
    per_day = Counter(at.date() for _, _, at in reviews)
    heatmap = [per_day.get(today - timedelta(days=d), 0) for d in range(83, -1, -1)]
    due = Counter((s.card.due.date() - today).days for s in schedules.values())
    forecast = [due.get(d, 0) + (sum(v for k, v in due.items() if k < 0) if d == 0 else 0) for d in range(30)]
    firsts: dict[tuple[str, object], int] = {}
    for item_id, rating, at in reviews:
        firsts.setdefault((item_id, at.date()), rating)
    retention = (sum(r != Rating.Again for r in firsts.values()) / len(firsts)) if firsts else None
    return Stats(subjects, topics, heatmap, today - timedelta(days=83), forecast, retention, len(reviews))
