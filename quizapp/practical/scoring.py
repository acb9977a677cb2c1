"""Score a 실기 run and name every mistake, in Korean (EXAM_SCOPE.md's list of 15)."""

from __future__ import annotations

import ast
import io
import math
import re
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any

from quizapp.practical.runner import TIME_LIMIT, RunResult, run_script
from quizapp.practical.spec import AnswerItem, Task

PASS_MARK = 60


@dataclass
class ItemScore:
    name: str
    points: float
    max_points: int
    messages: list[str] = field(default_factory=list)
    expected: str | None = None
    got: str | None = None


@dataclass
class Report:
    task_id: str
    task_type: int
    items: list[ItemScore]
    messages: list[str] = field(default_factory=list)  # about the whole run
    metric: float | None = None
    seconds: float = 0.0
    output: str = ""

    @property
    def points(self) -> float:
        return sum(i.points for i in self.items)

    @property
    def max_points(self) -> int:
        return sum(i.max_points for i in self.items)

    @property
    def score100(self) -> float:
        return round(100 * self.points / self.max_points, 1) if self.max_points else 0.0

    @property
    def passed(self) -> bool:
        return self.score100 >= PASS_MARK

    def to_dict(self) -> dict[str, Any]:
        return {
            "task": self.task_id, "type": self.task_type, "points": self.points, "max_points": self.max_points,
            "score100": self.score100, "passed": self.passed, "metric": self.metric,
            "seconds": round(self.seconds, 2), "messages": self.messages,
            "items": [i.__dict__ for i in self.items],
        }


# --- running and common problems -------------------------------------------------------------
def check_script(task: Task, script: Path, *, time_limit: float = TIME_LIMIT) -> Report:
    run = run_script(task, script, time_limit=time_limit)
    source = script.read_text(encoding="utf-8", errors="replace")
    if task.spec.type == 2:
        report = score_type2(task, run)
    else:
        report = score_answers(task, run, source)
    report.seconds = run.seconds
    report.output = run.stdout[-3000:]
    report.messages[:0] = run_messages(run, time_limit)
    return report


def run_messages(run: RunResult, time_limit: float) -> list[str]:
    out = []
    if run.timed_out:
        out.append(f"실행 시간 {time_limit:g}초를 넘겨 중단되었습니다. 시험에서는 1분이 넘으면 결과가 없습니다 "
                   "(무거운 GridSearch나 반복을 줄이세요).")
    elif run.exit_code:
        last = next((line for line in reversed(run.stderr.strip().splitlines()) if line.strip()), "")
        if "시험 환경에 없는 패키지" in last or "그래프를 그릴 수 없습니다" in last:
            out.append(last.split(": ", 1)[-1])
        else:
            out.append(f"스크립트가 오류로 끝났습니다: {last}")
        trace = _learner_trace(run.stderr)
        if trace:
            out.append(trace)
    return out


def _learner_trace(stderr: str) -> str:
    lines = stderr.strip().splitlines()
    keep = [line for line in lines if "_exam_runner.py" not in line and "<frozen runpy>" not in line]
    return "\n".join(keep[-8:]) if len(keep) > 1 else ""


# --- types 1 and 3: printed answers ---------------------------------------------------------
NUMBER = re.compile(r"^[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$")


def printed_answers(stdout: str) -> list[str]:
    return [line.strip() for line in stdout.splitlines() if line.strip()]


def _round_half_up(value: float, decimals: int) -> float:
    return float(Decimal(repr(value)).quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP))


def judge_value(item: AnswerItem, expected: Any, printed: str) -> tuple[bool, list[str]]:
    """(right, messages): a right value in the wrong format is wrong, with the exact fix."""
    fmt = item.format
    if fmt in ("choice", "text"):
        want = str(expected).strip()
        if printed == want:
            return True, []
        if printed.casefold() == want.casefold():
            return False, [f"대소문자까지 같게 적어야 합니다: '{printed}' → '{want}'"]
        if fmt == "choice" and item.choices and printed not in item.choices:
            return False, [f"'{printed}'은(는) 보기({' / '.join(item.choices)})에 없습니다"]
        return False, []
    if not NUMBER.match(printed):
        return False, [f"숫자가 아닌 값이 출력되었습니다: '{printed[:40]}'"]
    value = float(printed)
    plain_int = "." not in printed and "e" not in printed.lower()
    if fmt in ("int", "int_trunc"):
        want = int(expected)
        if plain_int and int(printed) == want:
            return True, []
        if value == want:
            return False, [f"정수로 적어야 합니다: {printed} → {want}"]
        if fmt == "int_trunc" and math.trunc(value) == want:
            return False, [f"값은 맞지만 소수점 이하를 버려 정수로 적어야 합니다: {printed} → {want} (int() 사용)"]
        if fmt == "int_trunc" and plain_int and abs(int(printed) - want) == 1:
            return False, ["정답과 1 차이가 납니다: 반올림(round)이 아니라 버림(int)인지 확인하세요."]
        return False, []
    n = item.decimals or 0
    want = float(expected)
    shown = len(printed.split(".")[1]) if "." in printed and "e" not in printed.lower() else 0
    if math.isclose(value, want, rel_tol=0, abs_tol=10 ** (-n) / 1000) and shown <= n:
        return True, []
    if shown > n and (_round_half_up(value, n) == want or round(value, n) == want):
        return False, [f"값은 맞지만 소수 {n}째 자리까지 반올림해 적어야 합니다: {printed} → {want:.{n}f}"]
    if shown > n and math.trunc(value * 10**n) / 10**n == want:
        return False, [f"소수 {n}째 자리까지 적어야 합니다: {printed} → {want:.{n}f}"]
    if shown == n and math.isclose(abs(value - want), 10 ** (-n), rel_tol=1e-6):
        return False, [f"마지막 자리가 다릅니다: 버림이나 올림이 아니라 반올림인지 확인하세요 (정답 형식: 소수 {n}째 자리까지 반올림)."]
    return False, []


def hard_coded(source: str, expected: Any, item: AnswerItem) -> bool:
    """Does the answer appear as a literal that is printed rather than computed?"""
    try:
        tree = ast.parse(source)
    except SyntaxError:
        return False
    want = str(expected).strip()
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call) or getattr(node.func, "id", None) != "print":
            continue
        for arg in node.args:
            literal = _literal(arg)
            if literal is None:
                continue
            if item.format in ("choice", "text"):
                if str(literal).strip() == want and not _is_decision(source):
                    return True
            elif isinstance(literal, (int, float)) and not isinstance(literal, bool):
                if math.isclose(float(literal), float(expected), rel_tol=1e-9, abs_tol=1e-12):
                    return True
    return False


def _is_decision(source: str) -> bool:
    """A '기각'/'채택' printed inside an if/else on a computed p-value is computed, not typed in."""
    return bool(re.search(r"\bif\b.*[<>]", source))


def _literal(node: ast.AST) -> Any:
    if isinstance(node, ast.Constant):
        return node.value
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub) and isinstance(node.operand, ast.Constant):
        value = node.operand.value
        return -value if isinstance(value, (int, float)) else None
    if isinstance(node, ast.Call) and getattr(node.func, "id", None) in ("int", "float", "round", "str") and node.args:
        return _literal(node.args[0])
    return None


def score_answers(task: Task, run: RunResult, source: str) -> Report:
    spec = task.spec
    answers = task.answers()
    printed = printed_answers(run.stdout)
    items: list[ItemScore] = []
    messages: list[str] = []
    assert spec.items is not None
    if len(printed) > len(spec.items) and not run.timed_out:
        messages.append(f"출력이 {len(printed)}줄입니다. 답은 문항 순서대로 한 줄에 하나씩, 답만 출력하세요 "
                        f"(필요한 줄 수: {len(spec.items)}). 앞에서부터 채점합니다.")
    for n, (item, expected) in enumerate(zip(spec.items, answers)):
        name = f"{n + 1}. {item.prompt}"
        score = ItemScore(name, 0, item.points, expected=str(expected))
        if n >= len(printed):
            score.messages.append("답이 출력되지 않았습니다 (print로 답을 출력하세요).")
            items.append(score)
            continue
        score.got = printed[n]
        right, notes = judge_value(item, expected, printed[n])
        score.messages += notes
        if right and hard_coded(source, expected, item):
            score.messages.append(f"정답 {expected}이(가) 코드에 직접 적혀 있습니다. 계산한 값을 출력해야 하며, "
                                  "손으로 적은 답은 0점입니다 (hard-coded answer).")
            right = False
        if right:
            score.points = item.points
        elif not notes and not score.messages:
            score.messages.append(f"값이 다릅니다: 정답 형식은 {item.describe()}입니다.")
        items.append(score)
    return Report(task.id, spec.type, items, messages)


# --- type 2: result.csv -------------------------------------------------------------------
def score_type2(task: Task, run: RunResult) -> Report:
    import numpy as np
    import pandas as pd

    spec = task.spec
    name = spec.output.file
    item = ItemScore(f"예측 제출 ({spec.metric})", 0, 40)
    report = Report(task.id, 2, [item])
    note = item.messages.append
    csvs = {k: v for k, v in run.files.items() if k.lower().endswith(".csv")}
    if name not in run.files:
        nested = [k for k in csvs if k.endswith("/" + name)]
        if nested:
            note(f"'{nested[0]}'처럼 폴더 안에 만들었습니다. 작업 폴더에 바로 '{name}'으로 저장하세요.")
        elif csvs:
            note(f"'{name}' 대신 {', '.join(repr(k) for k in csvs)}을(를) 만들었습니다. 파일 이름은 정확히 '{name}'이어야 합니다.")
        else:
            note(f"'{name}' 파일이 없습니다. df.to_csv('{name}', index=False)로 저장하세요.")
        return report
    try:
        submitted = pd.read_csv(io.BytesIO(run.files[name]))
    except Exception as exc:
        note(f"'{name}'을(를) CSV로 읽을 수 없습니다: {exc}")
        return report
    test = pd.read_csv(task.data_dir / "test.csv")
    truth = task.test_target()
    columns = list(submitted.columns)
    format_errors = len(item.messages)
    unnamed = [c for c in columns if str(c).startswith("Unnamed")]
    if unnamed:
        note("인덱스 열(Unnamed: 0)이 들어 있습니다. to_csv(..., index=False)로 저장하세요.")
        submitted = submitted.drop(columns=unnamed)
        columns = list(submitted.columns)
    want = list(spec.output.columns)
    if columns != want:
        lower = {str(c).lower(): c for c in columns}
        if "pred" not in columns and "pred" in lower:
            note(f"열 이름이 '{lower['pred']}'입니다. 정확히 'pred'여야 합니다.")
            submitted = submitted.rename(columns={lower["pred"]: "pred"})
        elif "pred" not in columns:
            note(f"'pred' 열이 없습니다. 제출 열은 {want}이어야 합니다 (지금: {columns}).")
            return report
        extra = [c for c in submitted.columns if c not in want]
        missing = [c for c in want if c not in submitted.columns]
        if extra:
            note(f"필요 없는 열이 있습니다: {extra}. 제출 열은 정확히 {want}입니다.")
        if missing:
            note(f"빠진 열이 있습니다: {missing}. 제출 열은 정확히 {want}입니다.")
    if len(submitted) != len(test):
        note(f"행 수가 {len(submitted)}입니다. 테스트 데이터와 같은 {len(test)}행이어야 합니다 "
             "(행을 지우거나 늘리지 마세요).")
        return report
    id_column = next((c for c in want if c != "pred"), None) or next(
        (c for c in test.columns if c.lower() in ("id", "cust_id", "customer_id")), None)
    if id_column and id_column in submitted.columns and id_column in test.columns:
        if not np.array_equal(submitted[id_column].to_numpy(), test[id_column].to_numpy()):
            if sorted(submitted[id_column].tolist()) == sorted(test[id_column].tolist()):
                note("행 순서가 테스트 데이터와 다릅니다. test.csv의 순서 그대로 제출하세요.")
            else:
                note(f"{id_column} 값이 테스트 데이터와 다릅니다.")
            return report
    pred = submitted["pred"]
    if pred.isna().any():
        note(f"pred에 결측값(NaN)이 {int(pred.isna().sum())}개 있습니다. 모든 행에 예측값을 채우세요.")
        return report
    score = _metric(spec, pred, truth, note)
    if score is None:
        return report
    report.metric = score
    earned = _band_points(spec, score)
    direction = "낮을수록" if spec.lower_is_better else "높을수록"
    if len(item.messages) > format_errors:
        # wrong columns or an index column: the exam's grader cannot read the file as asked
        note(f"제출 형식이 틀려 0점으로 처리합니다. 형식을 고치면: {spec.metric} = {score:.4f} ({direction} 좋음) "
             f"→ {earned}/40점 (비공식 점수 구간)")
        return report
    item.points = earned
    note(f"{spec.metric} = {score:.4f} ({direction} 좋음) → {item.points}/40점 (비공식 점수 구간)")
    return report


def _metric(spec: Any, pred: Any, truth: Any, note: Any) -> float | None:
    import numpy as np
    import pandas as pd
    from sklearn import metrics

    if spec.problem == "regression":
        if not pd.api.types.is_numeric_dtype(pred):
            note("회귀 과제인데 숫자가 아닌 예측값이 있습니다.")
            return None
        values = pred.to_numpy(dtype=float)
        if np.all(values == np.round(values)) and len(np.unique(values)) <= 10 and truth.nunique() > 20:
            note("예측값이 소수의 정수 값뿐입니다. 회귀 대상에 분류 모형(Classifier)을 쓴 것 같습니다: "
                 "RandomForestRegressor 같은 회귀 모형을 쓰세요.")
        if spec.metric == "rmse":
            return float(metrics.root_mean_squared_error(truth, values))
        return float(metrics.mean_absolute_error(truth, values))
    classes = sorted(map(str, truth.unique()))
    if spec.submit == "proba":
        if not pd.api.types.is_numeric_dtype(pred):
            note(f"확률 대신 라벨({pred.iloc[0]!r} 등)을 제출했습니다. ROC-AUC에는 양성 클래스의 확률 "
                 "predict_proba(X)[:, 1]이 필요합니다.")
            return None
        values = pred.to_numpy(dtype=float)
        if values.min() < 0 or values.max() > 1:
            note("확률은 0과 1 사이여야 합니다.")
            return None
        if set(np.unique(values)) <= {0.0, 1.0}:
            note("0/1 라벨을 제출했습니다. ROC-AUC에는 predict가 아니라 predict_proba(X)[:, 1]의 확률이 필요합니다.")
        positive = str(spec.positive)
        return float(metrics.roc_auc_score((truth.astype(str) == positive).astype(int), values))
    labels = pred.astype(str)
    if not set(labels) <= set(classes):
        numeric = pd.api.types.is_numeric_dtype(pred)
        if numeric and set(pred.unique()) <= set(range(len(classes))):
            note(f"인코딩된 숫자 라벨({sorted(pred.unique())[:5]})을 그대로 제출했습니다. "
                 f"원래 클래스({classes})로 되돌려(inverse_transform) 제출하세요.")
        elif numeric and np.any(pred.to_numpy(dtype=float) % 1 != 0):
            note("분류 과제인데 소수 예측값이 있습니다. 확률이나 회귀 모형이 아니라 클래스 라벨을 제출하세요.")
        else:
            unknown = sorted(set(labels) - set(classes))[:5]
            note(f"알 수 없는 라벨이 있습니다: {unknown}. 클래스는 {classes}입니다.")
        return None
    if spec.metric == "f1_macro":
        return float(metrics.f1_score(truth.astype(str), labels, average="macro"))
    return float(metrics.accuracy_score(truth.astype(str), labels))


def _band_points(spec: Any, score: float) -> int:
    for band in spec.bands:
        if (score <= band.threshold) if spec.lower_is_better else (score >= band.threshold):
            return band.points
    return 0
