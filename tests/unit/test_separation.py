"""Rule 1 of DESIGN.md: the headless core never loads Textual; the TUI never loads the science stack."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

SCIENCE = {"numpy", "pandas", "scipy", "sklearn", "statsmodels", "torch"}
DRIVER = Path(__file__).parents[1] / "ui" / "drive_app.py"


def run_python(code: str) -> str:
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_headless_packages_do_not_import_textual(tmp_path):
    code = f"""
import sys, json
import quizapp.bank, quizapp.bank.stats, quizapp.store, quizapp.review.study
import quizapp.grading, quizapp.practical, quizapp.paths, quizapp.i18n
from quizapp.bank import load_bank, default_sources
from quizapp.bank.stats import bank_stats
from quizapp.review.study import StudyService
from quizapp.store import Store
bank = load_bank(default_sources())
bank_stats(bank)
study = StudyService(store=Store.open("sqlite:///{tmp_path / 'q.db'}"), bank=bank)
plan = study.start_quiz("all", limit=1)
study.answer(plan, 0, 1, 100)
print(json.dumps(sorted(sys.modules)))
"""
    modules = set(json.loads(run_python(code)))
    assert not {m for m in modules if m.split(".")[0] == "textual"}
    assert not SCIENCE & {m.split(".")[0] for m in modules}


def test_running_tui_does_not_import_the_science_stack(tmp_path):
    result = subprocess.run(
        [sys.executable, str(DRIVER), f"sqlite:///{tmp_path / 'q.db'}", "2", "modules"],
        capture_output=True, text=True, timeout=120,
    )
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert [line.split()[:2] for line in lines[:2]] == [["ANSWERED", "1"], ["ANSWERED", "2"]]
    loaded = set(json.loads(lines[-1]))
    assert "textual" in loaded and "sqlmodel" in loaded  # the app really ran
    assert not SCIENCE & loaded, SCIENCE & loaded


def test_grading_from_the_tui_keeps_the_science_stack_out_of_its_process(tmp_path):
    result = subprocess.run(
        [sys.executable, str(DRIVER), f"sqlite:///{tmp_path / 'q.db'}", "1", "drill"],
        capture_output=True, text=True, timeout=180,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    lines = result.stdout.splitlines()
    assert "GRADED pass" in lines  # numpy ran — in the grading processes
    loaded = set(json.loads(lines[-1]))
    assert not SCIENCE & loaded, SCIENCE & loaded
    assert "solvers" not in loaded  # references stay in the judge process too
