"""The command-line contract that scripts rely on (DESIGN.md)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path


def quizapp(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "quizapp", *args], capture_output=True, text=True, timeout=60, cwd=cwd
    )


def test_validate_shipped_bank_exits_0():
    result = quizapp("validate")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "문제은행이 올바릅니다" in result.stdout


def test_validate_prints_one_file_line_per_problem_and_exits_1(tmp_path):
    (tmp_path / "broken.yaml").write_text("- id: a\n  kind: [mcq\n", encoding="utf-8")
    (tmp_path / "wrong.yaml").write_text(
        "- id: mine.x\n  kind: mcq\n  subject: 1\n  topic: bigdata-overview\n  difficulty: 1\n"
        "  stem: 질문\n  options: [가, 나]\n  answer: 3\n  explanation: 설명\n",
        encoding="utf-8",
    )
    result = quizapp("validate", "--bank", str(tmp_path), cwd=tmp_path)
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    assert lines == [
        "broken.yaml:3: YAML 문법 오류: did not find expected ',' or ']' (2번째 줄의 parsing a flow sequence에서 시작)",
        "wrong.yaml:8: answer: 정답 3번은 보기에 없습니다 (보기는 1–2번)",
    ]
    assert "문제 2건" in result.stderr


def test_usage_error_exits_2():
    assert quizapp("validate", "--no-such-flag").returncode == 2
    assert quizapp("--lang", "fr", "validate").returncode == 2


def test_bank_stats_json_counts_by_kind_subject_and_topic(tmp_path):
    (tmp_path / "mine.yaml").write_text(
        "- id: mine.card\n  kind: flashcard\n  subject: 4\n  topic: model-evaluation\n"
        "  difficulty: 1\n  front: 정밀도\n  back: TP/(TP+FP)\n",
        encoding="utf-8",
    )
    base = json.loads(quizapp("bank", "stats", "--json").stdout)
    stats = json.loads(quizapp("bank", "stats", "--json", "--bank", str(tmp_path)).stdout)
    assert stats["total"] == base["total"] + 1
    assert stats["by_kind"]["flashcard"] == base["by_kind"]["flashcard"] + 1
    assert stats["by_subject"]["4"]["total"] == base["by_subject"]["4"]["total"] + 1
    assert stats["by_topic"]["model-evaluation"]["by_kind"]["flashcard"] == (
        base["by_topic"]["model-evaluation"]["by_kind"]["flashcard"] + 1
    )
    assert stats["by_topic"]["model-evaluation"]["subject"] == 4
    assert stats["by_subject"]["1"]["name"] == "빅데이터 분석 기획"
    assert sum(s["total"] for s in stats["by_subject"].values()) == stats["total"]
    assert set(stats["by_topic"]) == {
        key for s in stats["by_subject"].values() for key in s["topics"]
    }


def test_plain_start_goes_to_the_tui_and_everything_else_to_the_command_line(tmp_path):
    from quizapp.launch import tui_options

    assert tui_options([]) == {}
    assert tui_options(["--lang", "en", "--db=sqlite:///x.db"]) == {"lang": "en", "db": "sqlite:///x.db"}
    assert tui_options(["--bank", str(tmp_path)]) == {"bank": str(tmp_path)}
    for argv in (["validate"], ["--help"], ["--lang", "fr"], ["--db"], ["--bank", __file__]):
        assert tui_options(argv) is None, argv


def test_bad_tui_option_gets_the_full_command_line_error():
    result = subprocess.run([sys.executable, "-m", "quizapp", "--lang", "fr"], capture_output=True, text=True)
    assert result.returncode == 2
    assert "ko 또는 en" in result.stderr
