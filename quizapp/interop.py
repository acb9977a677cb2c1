"""Anki export (genanki) and CSV import of the learner's own flashcards."""

from __future__ import annotations

import csv
import hashlib
import re
from dataclasses import dataclass
from pathlib import Path

from quizapp.bank.loader import Bank
from quizapp.bank.models import Flashcard, MultipleChoice

CIRCLED = "①②③④⑤"
DECK_NAME = "빅데이터분석기사"


def _stable_id(text: str) -> int:
    """Anki model/deck ids must stay the same across exports (so re-imports update, not duplicate)."""
    return int(hashlib.sha256(text.encode()).hexdigest()[:8], 16) + (1 << 30)


def _html(markdown_text: str) -> str:
    import html

    text = html.escape(markdown_text.strip())
    text = re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", text)
    text = re.sub(r"`([^`]+)`", r"<code>\1</code>", text)
    return text.replace("\n", "<br>")


def _tag(text: str) -> str:
    return re.sub(r"\s+", "_", text.strip())


def export_anki(bank: Bank, path: Path) -> tuple[int, int]:
    """Write flashcards and multiple-choice items as an .apkg with subject/topic tags."""
    import genanki

    card_model = genanki.Model(
        _stable_id("quizapp-flashcard"), "quizapp 플래시카드",
        fields=[{"name": "Front"}, {"name": "Back"}, {"name": "ItemId"}],
        templates=[{"name": "Card 1", "qfmt": "{{Front}}", "afmt": "{{FrontSide}}<hr id=answer>{{Back}}"}],
    )
    mcq_model = genanki.Model(
        _stable_id("quizapp-mcq"), "quizapp 객관식",
        fields=[{"name": "Question"}, {"name": "Options"}, {"name": "Answer"}, {"name": "Explanation"},
                {"name": "ItemId"}],
        templates=[{"name": "Card 1", "qfmt": "{{Question}}<br><br>{{Options}}",
                    "afmt": "{{FrontSide}}<hr id=answer><b>{{Answer}}</b><br><br>{{Explanation}}"}],
    )
    deck = genanki.Deck(_stable_id("quizapp-deck"), DECK_NAME)
    topics = {t.key: t for s in bank.taxonomy.subjects for t in bank.taxonomy.topics_of(s.id)}
    cards = questions = 0
    for item_id in sorted(bank.items):
        item = bank.items[item_id]
        tags = [f"과목{item.subject}", _tag(item.topic), *(_tag(t) for t in item.tags)]
        if item.topic in topics:
            tags.append(_tag(topics[item.topic].ko))
        if isinstance(item, Flashcard):
            deck.add_note(genanki.Note(model=card_model, fields=[_html(item.front), _html(item.back), item.id],
                                       tags=tags, guid=genanki.guid_for(item.id)))
            cards += 1
        elif isinstance(item, MultipleChoice):
            options = "<br>".join(f"{CIRCLED[n]} {_html(o.text)}" for n, o in enumerate(item.options))
            answer = f"{CIRCLED[item.answer - 1]} {_html(item.options[item.answer - 1].text)}"
            deck.add_note(genanki.Note(model=mcq_model, fields=[_html(item.stem), options, answer,
                                                                _html(item.explanation), item.id],
                                       tags=tags, guid=genanki.guid_for(item.id)))
            questions += 1
    genanki.Package(deck).write_to_file(str(path))
    return cards, questions


@dataclass(frozen=True)
class ImportReport:
    written: Path
    imported: int
    problems: list[str]


def import_csv(source: Path, bank: Bank, target_dir: Path) -> ImportReport:
    """Turn ``front,back,topic`` rows into a YAML file in the user bank; bad rows are reported
    by line number and the rest imported."""
    import yaml

    topics = {t.key: s.id for s in bank.taxonomy.subjects for t in bank.taxonomy.topics_of(s.id)}
    by_name = {t.ko: t.key for s in bank.taxonomy.subjects for t in bank.taxonomy.topics_of(s.id)}
    problems: list[str] = []
    items = []
    with source.open(encoding="utf-8-sig", newline="") as fh:
        reader = csv.reader(fh)
        for number, row in enumerate(reader, start=1):
            if number == 1 and [c.strip().lower() for c in row[:3]] == ["front", "back", "topic"]:
                continue  # header
            if not any(c.strip() for c in row):
                continue
            if len(row) != 3:
                problems.append(f"{source.name}:{number}: 열이 3개(front, back, topic)여야 하는데 {len(row)}개입니다")
                continue
            front, back, topic = (c.strip() for c in row)
            topic = by_name.get(topic, topic)
            if not front or not back:
                problems.append(f"{source.name}:{number}: 앞면과 뒷면이 모두 있어야 합니다")
                continue
            if topic not in topics:
                problems.append(f"{source.name}:{number}: 알 수 없는 세부항목 '{topic}' (예: {', '.join(list(topics)[:3])} …)")
                continue
            digest = hashlib.sha256(f"{front}\0{back}".encode()).hexdigest()[:10]
            items.append({"id": f"mine.{digest}", "kind": "flashcard", "subject": topics[topic], "topic": topic,
                          "difficulty": 2, "tags": ["내 카드"], "front": front, "back": back})
    target_dir.mkdir(parents=True, exist_ok=True)
    written = target_dir / f"imported-{source.stem}.yaml"
    existing = {i["id"] for i in items}
    unique = [i for n, i in enumerate(items) if i["id"] not in {j["id"] for j in items[:n]}]
    if len(unique) < len(existing) or len(unique) < len(items):
        problems.append(f"{source.name}: 같은 카드가 여러 번 있어 한 번만 가져왔습니다")
    written.write_text(yaml.safe_dump(unique, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return ImportReport(written, len(unique), problems)
