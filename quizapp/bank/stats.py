"""Counts of the bank by kind, subject and 세부항목 (``quizapp bank stats``)."""

from __future__ import annotations

from collections import Counter
from typing import Any

from quizapp.bank.loader import Bank
from quizapp.bank.models import ITEM_KINDS


def _kinds(items: list[Any]) -> dict[str, int]:
    counter = Counter(item.kind for item in items)
    return {kind: counter.get(kind, 0) for kind in ITEM_KINDS}


def bank_stats(bank: Bank) -> dict[str, Any]:
    items = list(bank.items.meta.values())  # counting needs no item text
    taxonomy = bank.taxonomy
    subjects = {}
    for subject in taxonomy.subjects:
        in_subject = [i for i in items if i.subject == subject.id]
        topics = {}
        for topic in taxonomy.topics_of(subject.id):
            in_topic = [i for i in in_subject if i.topic == topic.key]
            topics[topic.key] = {"name": topic.ko, "total": len(in_topic), "by_kind": _kinds(in_topic)}
        subjects[str(subject.id)] = {
            "name": subject.ko,
            "total": len(in_subject),
            "by_kind": _kinds(in_subject),
            "topics": topics,
        }
    return {
        "total": len(items),
        "by_kind": _kinds(items),
        "by_subject": subjects,
        "by_topic": {
            key: {"subject": int(sid), **info}
            for sid, subject in subjects.items()
            for key, info in subject["topics"].items()
        },
        "problems": len(bank.problems),
    }


def format_stats(stats: dict[str, Any]) -> str:
    kinds = " · ".join(f"{k} {v}" for k, v in stats["by_kind"].items())
    lines = [f"전체 {stats['total']}문항 ({kinds})"]
    for sid, subject in stats["by_subject"].items():
        lines.append(f"{sid}과목 {subject['name']}: {subject['total']}")
        for key, topic in subject["topics"].items():
            counts = " · ".join(f"{k} {v}" for k, v in topic["by_kind"].items() if v)
            lines.append(f"    {topic['name']} ({key}): {topic['total']}" + (f"  [{counts}]" if counts else ""))
    if stats["problems"]:
        lines.append(f"문제 {stats['problems']}건: quizapp validate로 확인하세요")
    return "\n".join(lines)
