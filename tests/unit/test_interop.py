"""Anki export (opened with the real anki package) and CSV import of one's own cards."""

from __future__ import annotations

import subprocess
import sys

from quizapp.bank import load_bank


def quizapp(*args, cwd=None):
    return subprocess.run([sys.executable, "-m", "quizapp", *args], capture_output=True, text=True, timeout=300, cwd=cwd)


def test_anki_export_opens_in_anki_with_notes_and_tags(tmp_path, small_bank):
    from quizapp.interop import export_anki

    target = tmp_path / "deck.apkg"
    cards, questions = export_anki(small_bank, target)
    assert cards == len(small_bank.of_kind("flashcard")) and questions == len(small_bank.of_kind("mcq"))

    from anki.collection import Collection
    from anki.import_export_pb2 import ImportAnkiPackageRequest

    collection = Collection(str(tmp_path / "collection.anki2"))
    try:
        collection.import_anki_package(ImportAnkiPackageRequest(package_path=str(target)))
        note_ids = collection.find_notes("")
        assert len(note_ids) == cards + questions
        notes = [collection.get_note(n) for n in note_ids]
        ids = {note["ItemId"] for note in notes}
        assert ids == {i.id for i in small_bank.items.values() if i.kind in ("mcq", "flashcard")}
        some = small_bank.of_kind("mcq")[0]
        note = next(n for n in notes if n["ItemId"] == some.id)
        assert f"과목{some.subject}" in note.tags and some.topic in note.tags
        assert "①" in note["Options"]
    finally:
        collection.close()


def test_csv_import_reports_bad_rows_by_line_and_imports_the_rest(tmp_path):
    source = tmp_path / "mine.csv"
    source.write_text(
        "front,back,topic\n"
        "정밀도(precision)?,TP/(TP+FP),model-evaluation\n"
        "뒷면 없음,,model-evaluation\n"
        "세부항목 틀림,뭔가,no-such-topic\n"
        "열이 둘,뿐\n"
        "재현율(recall)?,TP/(TP+FN),분석모형 평가\n",
        encoding="utf-8",
    )
    bank_dir = tmp_path / "bank"
    result = quizapp("--bank", str(bank_dir), "import", "csv", str(source))
    assert result.returncode == 1
    assert "mine.csv:3:" in result.stderr and "mine.csv:4:" in result.stderr and "mine.csv:5:" in result.stderr
    assert "2장을 가져왔습니다" in result.stdout
    validate = quizapp("validate", "--bank", str(bank_dir))
    assert validate.returncode == 0, validate.stdout
    from quizapp.bank import default_sources

    loaded = load_bank(default_sources(bank_dir))
    mine = [i for i in loaded.of_kind("flashcard") if i.id.startswith("mine.")]
    assert sorted(i.back for i in mine) == ["TP/(TP+FN)", "TP/(TP+FP)"]
