"""The 실기 checker: references score full marks; every mistake loses points with the right message."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pandas as pd
import pytest

from quizapp.practical.runner import run_script
from quizapp.practical.scoring import check_script, score_answers, score_type2
from quizapp.practical.spec import load_tasks

TASKS, PROBLEMS = load_tasks()
ANSWER_TASKS = sorted(t for t, task in TASKS.items() if task.spec.type in (1, 3))
MODEL_TASKS = sorted(t for t, task in TASKS.items() if task.spec.type == 2)


def test_task_folders_are_valid_and_numerous_enough():
    assert PROBLEMS == []
    types = [task.spec.type for task in TASKS.values()]
    assert types.count(1) >= 15 and types.count(2) >= 6 and types.count(3) >= 8
    metrics = [task.spec.metric for task in TASKS.values() if task.spec.type == 2]
    assert metrics.count("roc_auc") >= 2 and metrics.count("f1_macro") >= 2
    assert sum(m in ("rmse", "mae") for m in metrics) >= 2


@pytest.fixture(scope="module")
def reference_runs():
    """Each reference run once, shared by the tests below (the runs are the slow part)."""
    return {}


def reference_run(task_id, cache):
    if task_id not in cache:
        task = TASKS[task_id]
        cache[task_id] = run_script(task, task.reference_script())
    return cache[task_id]


@pytest.mark.parametrize("task_id", sorted(TASKS))
def test_reference_solution_scores_full_marks(task_id, reference_runs):
    task = TASKS[task_id]
    run = reference_run(task_id, reference_runs)
    assert run.exit_code == 0, run.stderr[-2000:]
    source = task.reference_script().read_text(encoding="utf-8")
    report = score_type2(task, run) if task.spec.type == 2 else score_answers(task, run, source)
    assert report.points == report.max_points, report.to_dict()
    assert run.seconds < 30


# --- types 1 and 3 -----------------------------------------------------------------------------
def run_literal(task, tmp_path, printed: list[str]):
    script = tmp_path / "main.py"
    script.write_text("\n".join(f"print({p})" for p in printed) + "\n", encoding="utf-8")
    return check_script(task, script, time_limit=30)


def as_literal(value) -> str:
    return repr(value) if isinstance(value, str) else str(value)


@pytest.mark.parametrize("task_id", ANSWER_TASKS)
def test_wrong_value_wrong_format_and_hard_coding_are_caught(task_id, tmp_path, reference_runs):
    task = TASKS[task_id]
    items, answers = task.spec.items, task.answers()
    # hard-coded: the right answers typed in as literals -> all 0, each flagged
    hard = run_literal(task, tmp_path, [as_literal(a) for a in answers])
    assert hard.points == 0
    assert all(any("직접 적혀" in m for m in i.messages) for i in hard.items), hard.to_dict()
    # a wrong value and a wrong format on the first numeric item; the rest from the reference's output
    reference_lines = [line.strip() for line in reference_run(task_id, reference_runs).stdout.splitlines() if line.strip()]
    numeric = next((n for n, item in enumerate(items) if item.format in ("int", "int_trunc", "round")), None)
    if numeric is None:  # a text or choice answer only: a wrong word must score 0
        report = run_literal(task, tmp_path, [repr("틀린 답")])
        assert report.items[0].points == 0 and report.items[0].messages
        return
    item, answer = items[numeric], answers[numeric]
    wrong = float(answer) + 7
    if item.format == "int_trunc":
        bad_format, expect = f"{int(answer)}.4" if int(answer) >= 0 else f"{int(answer)}.4", "버려"
    elif item.format == "int":
        bad_format, expect = f"{int(answer)}.0", "정수로"
    else:
        n = item.decimals
        bad_format, expect = f"{float(answer):.{n}f}" + "4", "반올림해"
    for printed, keyword in ((repr(wrong), "값이 다릅니다"), (repr(bad_format), expect)):
        lines = [repr(x) for x in reference_lines]
        lines[numeric] = printed
        script = tmp_path / "variant.py"
        script.write_text("\n".join(f"print({x})" for x in lines) + "\n", encoding="utf-8")
        report = check_script(task, script, time_limit=30)
        target = report.items[numeric]
        assert target.points == 0, (printed, report.to_dict())
        assert any(keyword in m for m in target.messages), (printed, target.messages)


# --- type 2 --------------------------------------------------------------------------------------
def mutate(run, transform=None, *, rename=None, drop=False):
    files = dict(run.files)
    name = "result.csv"
    if drop:
        files.pop(name)
    if rename:
        files[rename] = files.pop(name)
    if transform is not None:
        frame = pd.read_csv(io.BytesIO(files[name]))
        frame, index = transform(frame)
        buf = io.StringIO()
        frame.to_csv(buf, index=index)
        files[name] = buf.getvalue().encode()
    return replace(run, files=files)


def variants(task):
    spec = task.spec
    out = {
        "missing": (dict(drop=True), "파일이 없습니다"),
        "misnamed": (dict(rename="submission.csv"), "'submission.csv'"),
        "folder": (dict(rename="out/result.csv"), "폴더 안에"),
        "index": (dict(transform=lambda f: (f, True)), "index=False"),
        "column_name": (dict(transform=lambda f: (f.rename(columns={"pred": "Pred"}), False)), "'pred'"),
        "extra_column": (dict(transform=lambda f: (f.assign(extra=1), False)), "필요 없는 열"),
        "row_count": (dict(transform=lambda f: (f.iloc[:-3], False)), "행 수"),
        "nan": (dict(transform=lambda f: (f.assign(pred=f["pred"].where(f.index > 0)), False)), "결측값"),
    }
    if len(spec.output.columns) > 1:
        out["order"] = (dict(transform=lambda f: (f.iloc[::-1], False)), "순서")
    if len(spec.output.columns) > 1:
        out["missing_id"] = (dict(transform=lambda f: (f[["pred"]], False)), "빠진 열")
    if spec.submit == "proba":
        out["labels_not_proba"] = (dict(transform=lambda f: (f.assign(pred=(f["pred"] >= 0.5).map({True: spec.positive, False: "neg"})), False)), "확률")
        out["zero_one"] = (dict(transform=lambda f: (f.assign(pred=(f["pred"] >= 0.5).astype(int)), False)), "predict_proba")
    if spec.problem == "multiclass":
        out["encoded"] = (dict(transform=lambda f: (f.assign(pred=f["pred"].astype("category").cat.codes), False)), "inverse_transform")
    if spec.problem == "regression":
        out["classifier"] = (dict(transform=lambda f: (f.assign(pred=pd.qcut(f["pred"], 5, labels=False)), False)), "분류 모형")
    return out


@pytest.mark.parametrize("task_id", MODEL_TASKS)
def test_each_submission_mistake_loses_points_and_is_named(task_id, reference_runs):
    task = TASKS[task_id]
    run = reference_run(task_id, reference_runs)
    full = score_type2(task, run)
    assert full.points == 40
    for name, (change, keyword) in variants(task).items():
        report = score_type2(task, mutate(run, **change))
        messages = " ".join(report.items[0].messages)
        assert keyword in messages, (name, messages)
        if name == "zero_one":
            assert report.points < 40, (name, report.points)  # 0/1 "probabilities" score what a bad AUC earns
        else:
            assert report.points == 0, (name, report.points, messages)


def test_index_column_written_by_a_real_script_is_named(tmp_path):
    task = TASKS[MODEL_TASKS[0]]
    source = task.reference_script().read_text(encoding="utf-8") + (
        "\nimport pandas as _pd\n_pd.read_csv('result.csv').to_csv('result.csv')\n")
    script = tmp_path / "main.py"
    script.write_text(source, encoding="utf-8")
    report = check_script(task, script)
    assert any("index=False" in m for m in report.items[0].messages)


# --- the runner's failure modes -------------------------------------------------------------------
@pytest.mark.parametrize(
    ("source", "keyword"),
    [
        ("while True:\n    pass\n", "실행 시간"),
        ("import torch\nprint(1)\n", "시험 환경에 없는 패키지입니다: torch"),
        ("import matplotlib.pyplot as plt\n", "그래프를 그릴 수 없습니다"),
        ("import pandas as pd\nx = 1 / 0\n", "ZeroDivisionError"),
        ("import socket\nsocket.create_connection(('127.0.0.1', 9), timeout=1)\n", "오류로 끝났습니다"),
    ],
)
def test_timeouts_unavailable_packages_and_crashes_get_clear_reports(tmp_path, source, keyword):
    task = TASKS[ANSWER_TASKS[0]]
    script = tmp_path / "main.py"
    script.write_text(source, encoding="utf-8")
    report = check_script(task, script, time_limit=3)
    assert report.points == 0
    assert any(keyword in m for m in report.messages), report.messages
    # and the checker keeps working
    assert check_script(task, task.reference_script()).points == task.spec.max_points


def test_hidden_answers_are_out_of_the_scripts_reach(tmp_path):
    task = TASKS[ANSWER_TASKS[0]]
    script = tmp_path / "main.py"
    script.write_text(f"print(open({str(task.answer_dir / 'answers.yaml')!r}).read())\n", encoding="utf-8")
    report = check_script(task, script, time_limit=10)
    assert report.points == 0 and any("Permission denied" in m for m in report.messages)


def test_cli_list_init_check_and_report(tmp_path):
    def quizapp(*args):
        return subprocess.run([sys.executable, "-m", "quizapp", "practical", *args], capture_output=True, text=True,
                              timeout=300, cwd=tmp_path)

    listed = json.loads(quizapp("list", "--json").stdout)
    assert {row["id"] for row in listed} == set(TASKS)
    task = TASKS[ANSWER_TASKS[0]]
    assert quizapp("init", task.id, "work").returncode == 0
    assert (tmp_path / "work" / "data").is_dir() and (tmp_path / "work" / "main.py").is_file()
    good = str(task.reference_script())
    bad = tmp_path / "bad.py"
    bad.write_text("print('모름')\n", encoding="utf-8")
    result = quizapp("check", task.id, good, str(bad), "--report", "group.csv")
    assert result.returncode == 1
    assert "요약" in result.stdout
    rows = pd.read_csv(tmp_path / "group.csv")
    assert rows["passed"].tolist() == [True, False]
    single = quizapp("check", task.id, good, "--json")
    assert single.returncode == 0 and json.loads(single.stdout)["score100"] == 100
    assert quizapp("check", "p9.nope", good).returncode == 2
