"""Recompute every calculation question with ``solvers.calc`` (numpy/scipy: CLI and tests only).

An item passes when the keyed option prints the computed value(s) to its own precision, no
other option does, and every numeric input the learner needs appears in the stem.
"""

from __future__ import annotations

import math
import re
from typing import Any

from quizapp.bank.loader import Bank, Problem
from quizapp.bank.models import MultipleChoice

NUMBER = re.compile(r"(?<![A-Za-z_\d.])[-−]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?![A-Za-z_\d])")


def numbers(text: str) -> list[tuple[float, float]]:
    """The numbers printed in ``text`` with the half-unit of their last printed digit."""
    found = []
    for match in NUMBER.finditer(text):
        raw = match.group().replace("−", "-").replace(",", "")
        decimals = len(raw.split(".")[1]) if "." in raw else 0
        found.append((float(raw), 0.5 * 10.0**-decimals))
    return found


def _flatten(value: Any) -> list[float]:
    if isinstance(value, (list, tuple)):
        return [v for part in value for v in _flatten(part)]
    return [float(value)]


def _leaves(value: Any) -> list[float]:
    if isinstance(value, bool) or isinstance(value, str) or value is None:
        return []
    if isinstance(value, (list, tuple)):
        return [v for part in value for v in _leaves(part)]
    if isinstance(value, dict):
        return [v for part in value.values() for v in _leaves(part)]
    return [float(value)]


def option_matches(text: str, expected: list[float], tol: float | None) -> bool:
    shown = numbers(text)
    if len(shown) != len(expected):
        return False
    return all(
        abs(value - want) <= (tol if tol is not None else half_unit) + 1e-9 * max(1.0, abs(want))
        for (value, half_unit), want in zip(shown, expected)
    )


def check_item(item: MultipleChoice) -> list[tuple[str, str]]:
    """(field, message) for each problem of one calculation item."""
    from solvers.calc import REGISTRY

    spec = item.calc
    assert spec is not None
    fn = REGISTRY.get(spec.fn)
    if fn is None:
        return [("calc.fn", f"solvers/calc.py에 없는 계산 함수입니다: {spec.fn}")]
    try:
        result = fn(**spec.inputs)
    except Exception as exc:  # a wrong input name or value is the author's mistake to see
        return [("calc.inputs", f"{spec.fn} 계산 실패: {type(exc).__name__}: {exc}")]
    expected = [v * spec.scale for v in _flatten(result)]
    if any(math.isnan(v) or math.isinf(v) for v in expected):
        return [("calc", f"계산 결과가 유한한 수가 아닙니다: {expected}")]
    shown = ", ".join(f"{v:.6g}" for v in expected)
    problems = []
    key = item.options[item.answer - 1].text
    if not option_matches(key, expected, spec.tol):
        problems.append((f"options.{item.answer}", f"정답 보기 {key!r}가 계산 결과 {shown}와 다릅니다"))
    for number, option in enumerate(item.options, start=1):
        if number != item.answer and option_matches(option.text, expected, spec.tol):
            problems.append((f"options.{number}", f"오답 보기 {option.text!r}도 계산 결과 {shown}와 같습니다 (정답이 둘)"))
    stem_values = []
    for value, _ in numbers(item.stem):
        stem_values += [value, value / 100]
    for name, raw in spec.inputs.items():
        if name in spec.unstated:
            continue
        for leaf in _leaves(raw):
            if not any(abs(leaf - v) <= 1e-9 * max(1.0, abs(leaf)) for v in stem_values):
                problems.append((f"calc.inputs.{name}", f"입력값 {leaf:g}이 문제 지문에 보이지 않습니다"))
                break
    return problems


def calculation_problems(bank: Bank) -> list[Problem]:
    problems = []
    for item in bank.items.values():
        if isinstance(item, MultipleChoice) and item.calc is not None:
            file, _, line = bank.locations.get(item.id, "?:1").rpartition(":")
            problems += [Problem(file, int(line), field, message) for field, message in check_item(item)]
    return problems
