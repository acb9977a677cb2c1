"""Giveaway and style checks over the whole bank (no science imports; runs in ``validate``).

- no "all of the above" style options (every item);
- for the shipped bank as a whole: the keyed position of 4-option questions is balanced
  (each position 20–30 %), the keyed option is the strictly longest in at most 35 % of
  questions, and "옳지 않은 것은" style stems are at most 30 %;
- no two stems are near-duplicates (see ``NEAR_DUPLICATE``).
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable

from quizapp.bank.loader import Bank, Problem
from quizapp.bank.models import MultipleChoice

SHORTCUT = re.compile(
    r"모두\s*(정답|옳|맞|해당|틀)|정답\s*없음|보기\s*모두|위의?\s*(모든|것\s*모두)|전부\s*(옳|맞)|"
    r"all of the above|none of the above|both .* and .* are correct",
    re.IGNORECASE,
)
NEGATIVE = re.compile(
    r"(옳지\s*않은|틀린|맞지\s*않는|아닌\s*것|거리가\s*먼|부적절한|적절하지\s*않은|잘못된|해당하지\s*않는|"
    r"속하지\s*않는|관련이\s*없는|않는\s*것은|없는\s*것은)"
)
POSITION_RANGE = (0.20, 0.30)
LONGEST_MAX = 0.35
NEGATIVE_MAX = 0.30
# Character-trigram Jaccard similarity of normalised stem + options. Measured on the shipped bank
# (504 questions, 2026-11-27): each question's nearest neighbour scores at most 0.30 (p99 0.28,
# median 0.07), even for pairs on the same concept such as Pearson vs Spearman calculations.
# Rewording a stem by one clause, changing its numbers or adding a phrase scores above 0.75
# (tests/unit/test_bank_quality.py). 0.70 sits between, far from the distinct pairs and still
# below the rewordings, so a copied-and-tweaked item is caught without false alarms.
NEAR_DUPLICATE = 0.70


def _normalise(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).lower()
    return "".join(ch for ch in text if ch.isalnum())


def trigrams(text: str) -> frozenset[str]:
    norm = _normalise(text)
    return frozenset(norm[i : i + 3] for i in range(max(1, len(norm) - 2)))


def similarity(a: frozenset[str], b: frozenset[str]) -> float:
    if not a or not b:
        return 0.0
    return len(a & b) / len(a | b)


def is_negative(stem: str) -> bool:
    return bool(NEGATIVE.search(stem))


def keyed_is_longest(item: MultipleChoice) -> bool:
    lengths = [len(o.text) for o in item.options]
    key = lengths[item.answer - 1]
    return all(key > n for i, n in enumerate(lengths) if i != item.answer - 1)


def _where(bank: Bank, item_id: str) -> tuple[str, int]:
    file, _, line = bank.locations.get(item_id, "?:1").rpartition(":")
    return file, int(line)


def item_problems(bank: Bank, items: Iterable[MultipleChoice]) -> list[Problem]:
    problems = []
    for item in items:
        for number, option in enumerate(item.options, start=1):
            if SHORTCUT.search(option.text):
                file, line = _where(bank, item.id)
                problems.append(
                    Problem(file, line, f"options.{number}", f"'모두 정답'류 보기는 쓰지 않습니다: {option.text!r}")
                )
    return problems


def near_duplicates(items: list[MultipleChoice], threshold: float = NEAR_DUPLICATE) -> list[tuple[str, str, float]]:
    grams = [(item.id, trigrams(item.stem + " " + " ".join(o.text for o in item.options))) for item in items]
    found = []
    for i, (id_a, a) in enumerate(grams):
        for id_b, b in grams[i + 1 :]:
            # |A∩B|/|A∪B| <= min/max: skip pairs whose sizes alone rule out the threshold
            if min(len(a), len(b)) < threshold * max(len(a), len(b)):
                continue
            score = similarity(a, b)
            if score >= threshold:
                found.append((id_a, id_b, score))
    return found


def bank_problems(bank: Bank, *, shipped_ids: set[str] | None = None) -> list[Problem]:
    """Every giveaway problem; the balance rules apply to ``shipped_ids`` (default: all)."""
    mcqs = [i for i in bank.items.values() if isinstance(i, MultipleChoice)]
    problems = item_problems(bank, mcqs)
    for id_a, id_b, score in near_duplicates(mcqs):
        file, line = _where(bank, id_b)
        problems.append(
            Problem(file, line, "stem", f"'{id_a}'({bank.locations.get(id_a)})와 거의 같은 문항입니다 (유사도 {score:.2f})")
        )
    shipped = [i for i in mcqs if shipped_ids is None or i.id in shipped_ids]
    if not shipped:
        return problems
    root = bank.locations.get(shipped[0].id, "question_bank:1").split("/items/")[0]
    four = [i for i in shipped if len(i.options) == 4]
    if four:
        counts = Counter(i.answer for i in four)
        for position in range(1, 5):
            share = counts[position] / len(four)
            if not POSITION_RANGE[0] <= share <= POSITION_RANGE[1]:
                problems.append(
                    Problem(root, 0, "answer", f"4지선다 {len(four)}문항 중 정답이 {position}번인 비율이 {share:.0%}입니다 (허용 20–30%)")
                )
    longest = sum(keyed_is_longest(i) for i in shipped) / len(shipped)
    if longest > LONGEST_MAX:
        problems.append(Problem(root, 0, "options", f"정답 보기가 가장 긴 문항이 {longest:.0%}입니다 (허용 35% 이하)"))
    negative = sum(is_negative(i.stem) for i in shipped) / len(shipped)
    if negative > NEGATIVE_MAX:
        problems.append(Problem(root, 0, "stem", f"'옳지 않은 것은'형 문항이 {negative:.0%}입니다 (허용 30% 이하)"))
    return problems
