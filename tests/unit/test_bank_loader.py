"""Loading the bank: every problem reported as file:line: field: message, valid items kept."""

from __future__ import annotations

import textwrap
from dataclasses import replace
from pathlib import Path

import pytest

from quizapp.bank import BankSource, load_bank
from quizapp.bank import loader as loader_module
from quizapp.bank.models import MultipleChoice
from quizapp.paths import shipped_bank_dir

TAXONOMY = shipped_bank_dir() / "taxonomy.yaml"

GOOD_MCQ = """\
- id: u.one
  kind: mcq
  subject: 2
  topic: eda-basics
  difficulty: 2
  stem: 분산의 단위는?
  options:
    - 원자료 단위의 제곱
    - text: 원자료와 같은 단위
      why: 그것은 표준편차입니다.
  answer: 1
  explanation: 분산은 편차 제곱의 평균입니다.
"""


def write(folder: Path, name: str, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def load(folder: Path, **kwargs):
    return load_bank([BankSource(folder)], taxonomy_path=TAXONOMY, **kwargs)


def problem_lines(bank) -> list[str]:
    """Problems as printed, with the folder part of each file name dropped."""
    return [str(replace(p, file=Path(p.file).name)) for p in bank.problems]


def test_valid_file_loads_with_plain_string_options(tmp_path):
    write(tmp_path, "a.yaml", GOOD_MCQ)
    bank = load(tmp_path)
    assert bank.problems == []
    item = bank.items["u.one"]
    assert isinstance(item, MultipleChoice)
    assert [o.text for o in item.options] == ["원자료 단위의 제곱", "원자료와 같은 단위"]
    assert item.options[1].why == "그것은 표준편차입니다."
    assert item.correct_index == 0
    assert bank.locations["u.one"].endswith("a.yaml:1")


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (("answer: 1", "answer: 3"), "a.yaml:11: answer: 정답 3번은 보기에 없습니다 (보기는 1–2번)"),
        (("answer: 1", "answer: [1, 2]"), "a.yaml:11: answer: 정답은 보기 번호 하나여야 합니다"),
        (("difficulty: 2", "difficulty: '2'"), "a.yaml:5: difficulty: 정수여야 합니다 (받은 값: '2')"),
        (("difficulty: 2", "difficulty: 7"), "a.yaml:5: difficulty: 값 7이 허용 범위를 벗어났습니다"),
        (("topic: eda-basics", "topic: eda-basic"), "a.yaml:4: topic: taxonomy.yaml에 없는 세부항목입니다: 'eda-basic'"),
        (("topic: eda-basics", "topic: data-storage"), "a.yaml:4: topic: 세부항목 'data-storage'은 1과목 소속인데 subject가 2입니다"),
        (("kind: mcq", "kind: quiz"), "a.yaml:2: kind: 알 수 없는 kind입니다"),
        (("  explanation: 분산은 편차 제곱의 평균입니다.\n", ""), "a.yaml:1: explanation: 필수 필드가 없습니다"),
        (("stem: 분산의 단위는?", "stem: ''"), "a.yaml:6: stem: 비어 있으면 안 됩니다"),
        (("stem: 분산의 단위는?", "stme: 분산의 단위는?"), "a.yaml:6: stme: 알 수 없는 필드입니다"),
        (("      why: 그것은 표준편차입니다.", "      why: 1"), "a.yaml:10: options.2.why: 문자열이어야 합니다"),
        (("id: u.one", "id: U One"), "a.yaml:1: id: 형식이 맞지 않습니다: 'U One'"),
    ],
)
def test_each_mistake_is_reported_with_file_line_field(tmp_path, change, expected):
    old, new = change
    write(tmp_path, "a.yaml", GOOD_MCQ.replace(old, new))
    bank = load(tmp_path)
    lines = problem_lines(bank)
    assert any(line.startswith(expected) for line in lines), lines
    assert "u.one" not in bank.items


def test_syntax_error_skips_only_that_file(tmp_path):
    write(tmp_path, "good.yaml", GOOD_MCQ)
    write(tmp_path, "bad.yaml", "- id: x\n  stem: 'unclosed\n")
    bank = load(tmp_path)
    assert list(bank.items) == ["u.one"]
    assert len(bank.problems) == 1
    assert problem_lines(bank)[0].startswith("bad.yaml:")
    assert "YAML 문법 오류" in problem_lines(bank)[0]


def test_duplicate_ids_across_files_keep_the_first(tmp_path):
    write(tmp_path, "a.yaml", GOOD_MCQ)
    write(tmp_path, "b.yaml", "# again\n" + GOOD_MCQ)
    bank = load(tmp_path)
    assert len(bank.items) == 1
    [line] = problem_lines(bank)
    assert line.startswith("b.yaml:2: id: 중복된 id 'u.one'")
    assert "a.yaml:1" in line


def test_duplicate_key_inside_an_item_is_reported(tmp_path):
    write(tmp_path, "a.yaml", GOOD_MCQ.replace("  difficulty: 2\n", "  difficulty: 2\n  difficulty: 3\n"))
    assert problem_lines(load(tmp_path)) == ["a.yaml:6: difficulty: 같은 키가 한 항목에 두 번 나옵니다"]


def test_top_level_must_be_a_list(tmp_path):
    write(tmp_path, "a.yaml", "id: x\nkind: mcq\n")
    assert problem_lines(load(tmp_path))[0].startswith("a.yaml:1: 최상위는 문항 목록")


def test_user_bank_is_loaded_beside_the_shipped_bank(tmp_path):
    write(tmp_path, "mine.yaml", GOOD_MCQ)
    bank = load_bank([BankSource(shipped_bank_dir()), BankSource(tmp_path, "user")])
    assert "u.one" in bank.items
    assert bank.user_item_ids == {"u.one"}
    assert len(bank.items) > 60


def test_user_item_with_a_shipped_id_is_refused(tmp_path):
    shipped = load_bank([BankSource(shipped_bank_dir())])
    taken = next(iter(shipped.items))
    write(tmp_path, "mine.yaml", GOOD_MCQ.replace("u.one", taken))
    bank = load_bank([BankSource(shipped_bank_dir()), BankSource(tmp_path, "user")])
    assert bank.items[taken] == shipped.items[taken]
    assert any(f"중복된 id '{taken}'" in str(p) for p in bank.problems)


def test_warm_load_comes_from_the_content_hash_cache(tmp_path, monkeypatch):
    bank_dir = tmp_path / "bank"
    write(bank_dir, "a.yaml", GOOD_MCQ)
    cache = tmp_path / "cache"
    cold = load(bank_dir, cache_dir=cache)
    assert not cold.from_cache

    def no_parsing(*args, **kwargs):
        raise AssertionError("a warm start must not parse YAML")

    monkeypatch.setattr(loader_module, "_parse", no_parsing)
    warm = load(bank_dir, cache_dir=cache)
    assert warm.from_cache
    assert warm.items == cold.items
    monkeypatch.undo()

    # any change to the content is a different hash: parsed again, and the change is seen
    write(bank_dir, "a.yaml", GOOD_MCQ.replace("분산의 단위는?", "분산의 단위는 무엇인가?"))
    changed = load(bank_dir, cache_dir=cache)
    assert not changed.from_cache
    assert changed.items["u.one"].stem == "분산의 단위는 무엇인가?"
    assert len(list(cache.glob("bank-*.pickle"))) == 1  # old entries are cleaned up


def test_shipped_bank_taxonomy_mirrors_the_exam_scope():
    bank = load_bank([BankSource(shipped_bank_dir())])
    taxonomy = bank.taxonomy
    assert [s.ko for s in taxonomy.subjects] == [
        "빅데이터 분석 기획", "빅데이터 탐색", "빅데이터 모델링", "빅데이터 결과 해석",
    ]
    assert len(taxonomy.topic_subject()) == 21
    assert taxonomy.topic("inferential-stats").ko == "추론통계"
