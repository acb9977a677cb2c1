"""The shipped bank: valid, and enough real content in every subject to study with."""

from __future__ import annotations

from collections import Counter

from quizapp.bank import BankSource, load_bank
from quizapp.paths import shipped_bank_dir


def test_shipped_bank_is_valid_and_covers_all_four_subjects():
    bank = load_bank([BankSource(shipped_bank_dir())])
    assert bank.problems == []
    mcqs = bank.of_kind("mcq")
    cards = bank.of_kind("flashcard")
    assert len(mcqs) >= 40
    assert len(cards) >= 20
    per_subject = Counter(item.subject for item in mcqs)
    assert all(per_subject[s] >= 10 for s in (1, 2, 3, 4)), per_subject
    assert all(Counter(c.subject for c in cards)[s] >= 5 for s in (1, 2, 3, 4))


def test_every_question_explains_itself_in_korean():
    bank = load_bank([BankSource(shipped_bank_dir())])
    for item in bank.of_kind("mcq"):
        assert len(item.options) == 4, item.id
        assert all(option.why for option in item.options), item.id
        assert any("\uac00" <= ch <= "\ud7a3" for ch in item.stem + item.explanation), item.id
        assert not any(
            phrase in option.text for option in item.options for phrase in ("모두 정답", "모두 옳", "정답 없음")
        ), item.id
