"""Practical (실기) task specs: ``question_bank/practical/<task_id>/task.yaml`` and hidden answers."""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from quizapp.bank.loader import Problem, _display, _parse, _validation_problems

TASK_FILE = "task.yaml"
EXAM_PACKAGES = ("pandas", "numpy", "scipy", "sklearn", "statsmodels")
POINTS = {1: 10, 2: 40, 3: 15}  # one 작업형1 question, the 작업형2 task, one 작업형3 problem


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class AnswerItem(_Strict):
    prompt: str
    format: Literal["int_trunc", "int", "round", "choice", "text"]
    decimals: Annotated[int, Field(ge=0, le=6)] | None = None
    choices: list[str] | None = None
    points: Annotated[int, Field(gt=0)]

    @model_validator(mode="after")
    def _format_options(self) -> AnswerItem:
        if self.format == "round" and self.decimals is None:
            raise ValueError("format: round 에는 decimals가 필요합니다")
        if self.format == "choice" and not self.choices:
            raise ValueError("format: choice 에는 choices가 필요합니다")
        return self

    def describe(self) -> str:
        return {
            "int_trunc": "정수 (소수점 이하 버림)",
            "int": "정수",
            "round": f"소수 {self.decimals}째 자리까지 반올림",
            "choice": " / ".join(self.choices or []),
            "text": "텍스트",
        }[self.format]


class Output(_Strict):
    file: str = "result.csv"
    columns: list[str] = Field(default_factory=lambda: ["pred"])


class Band(_Strict):
    threshold: float
    points: Annotated[int, Field(ge=0, le=40)]


class PracticalSpec(_Strict):
    id: Annotated[str, Field(pattern=r"^p[123]\.[a-z0-9_]+$")]
    type: Literal[1, 2, 3]
    title: str
    instructions: str
    data: list[str] = Field(min_length=1)
    items: list[AnswerItem] | None = None
    target: str | None = None
    problem: Literal["binary", "multiclass", "regression"] | None = None
    metric: Literal["roc_auc", "f1_macro", "accuracy", "rmse", "mae"] | None = None
    submit: Literal["proba", "label", "value"] | None = None
    positive: str | int | None = None
    output: Output = Output()
    bands: list[Band] | None = None
    bands_unofficial: bool = True

    @model_validator(mode="after")
    def _by_type(self) -> PracticalSpec:
        if int(self.id[1]) != self.type:
            raise ValueError(f"id {self.id}의 번호와 type {self.type}이 다릅니다")
        if self.type in (1, 3):
            want = 1 if self.type == 1 else 3
            if not self.items or len(self.items) != want:
                raise ValueError(f"작업형{self.type}은 items가 {want}개여야 합니다")
            if sum(i.points for i in self.items) != POINTS[self.type]:
                raise ValueError(f"작업형{self.type}의 배점 합은 {POINTS[self.type]}점이어야 합니다")
        else:
            missing = [k for k in ("target", "problem", "metric", "submit", "bands") if getattr(self, k) in (None, [])]
            if missing:
                raise ValueError(f"작업형2에 필요한 항목이 없습니다: {', '.join(missing)}")
            if self.problem == "binary" and self.metric == "roc_auc" and self.submit != "proba":
                raise ValueError("ROC-AUC 과제는 submit: proba 여야 합니다")
            if self.problem == "regression" and self.metric not in ("rmse", "mae"):
                raise ValueError("회귀 과제의 metric은 rmse 또는 mae 입니다")
            if "pred" not in self.output.columns:
                raise ValueError("output.columns에 pred가 있어야 합니다")
        return self

    @property
    def max_points(self) -> int:
        return POINTS[self.type]

    @property
    def lower_is_better(self) -> bool:
        return self.metric in ("rmse", "mae")


class Task:
    """A task folder: spec, data files and hidden answers."""

    def __init__(self, folder: Path, spec: PracticalSpec) -> None:
        self.folder = folder
        self.spec = spec

    @property
    def id(self) -> str:
        return self.spec.id

    @property
    def data_dir(self) -> Path:
        return self.folder / "data"

    @property
    def answer_dir(self) -> Path:
        return self.folder / "answer"

    def answers(self) -> list[Any]:
        import yaml

        data = yaml.load((self.answer_dir / "answers.yaml").read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)
        return list(data["answers"])

    def test_target(self) -> Any:
        import pandas as pd

        return pd.read_csv(self.answer_dir / "y_test.csv")[self.spec.target]

    def reference_script(self) -> Path:
        import solvers

        return Path(solvers.__file__).parent / "practical" / f"{self.id.replace('.', '_')}.py"


def practical_root() -> Path:
    from quizapp.paths import shipped_bank_dir

    return shipped_bank_dir() / "practical"


def load_task_dir(folder: Path, problems: list[Problem]) -> Task | None:
    path = folder / TASK_FILE
    display = _display(path)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        problems.append(Problem(display, 1, "", f"읽을 수 없습니다: {exc.strerror}"))
        return None
    raw = _parse(text, display, problems)
    if raw is None:
        return None
    try:
        spec = PracticalSpec.model_validate(raw)
    except ValidationError as exc:
        problems.extend(_validation_problems(exc, raw, display))
        return None
    task = Task(folder, spec)
    if spec.id != folder.name:
        problems.append(Problem(display, 1, "id", f"폴더 이름({folder.name})과 id({spec.id})가 다릅니다"))
    for name in spec.data:
        if not (task.data_dir / name).is_file():
            problems.append(Problem(display, 1, "data", f"data/{name} 파일이 없습니다"))
    hidden = task.answer_dir / ("y_test.csv" if spec.type == 2 else "answers.yaml")
    if not hidden.is_file():
        problems.append(Problem(display, 1, "", f"숨긴 정답 파일이 없습니다: {_display(hidden)}"))
    elif spec.type != 2:
        try:
            if len(task.answers()) != len(spec.items or []):
                problems.append(Problem(display, 1, "items", "answers.yaml의 답 개수가 items와 다릅니다"))
        except Exception as exc:  # a broken answers file is a bank problem, not a crash
            problems.append(Problem(_display(hidden), 1, "", f"읽을 수 없습니다: {exc}"))
    if not task.reference_script().is_file():
        problems.append(Problem(display, 1, "id", f"참조 풀이가 없습니다: {_display(task.reference_script())}"))
    return task


@functools.cache
def _all(root: Path) -> tuple[dict[str, Task], tuple[Problem, ...]]:
    problems: list[Problem] = []
    tasks: dict[str, Task] = {}
    if root.is_dir():
        for folder in sorted(p for p in root.iterdir() if (p / TASK_FILE).exists()):
            task = load_task_dir(folder, problems)
            if task is not None:
                tasks[task.id] = task
    return tasks, tuple(problems)


def load_tasks(root: Path | None = None) -> tuple[dict[str, Task], list[Problem]]:
    tasks, problems = _all(root or practical_root())
    return dict(tasks), list(problems)
