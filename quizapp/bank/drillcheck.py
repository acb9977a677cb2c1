"""Code items and their references in ``solvers/drills`` must match one to one."""

from __future__ import annotations

import os

from quizapp.bank.loader import Bank, Problem
from quizapp.bank.models import CodeDrill


def drill_problems(bank: Bank) -> list[Problem]:
    from quizapp.grading.registry import drill_index

    index = drill_index()
    problems = []
    code_ids = set()
    for item_id, meta in bank.items.meta.items():
        if meta.kind != "code":
            continue
        code_ids.add(item_id)
        file, _, line = bank.locations.get(item_id, "?:1").rpartition(":")
        source = index.get(item_id)
        if source is None:
            problems.append(Problem(file, int(line), "id", f"solvers/drills에 '{item_id}' 참조 구현이 없습니다"))
            continue
        item = bank.items[item_id]
        assert isinstance(item, CodeDrill)
        if item.function != source.entry:
            problems.append(Problem(file, int(line), "function",
                                    f"참조 구현의 함수 이름은 {source.entry}인데 문항은 {item.function}입니다"))
        if f"def {item.function}(" not in item.starter:
            problems.append(Problem(file, int(line), "starter", f"시작 코드에 def {item.function}(…)가 없습니다"))
    for drill_id, source in index.items():
        if drill_id not in code_ids:
            problems.append(Problem(os.path.relpath(source.path), source.line, "id",
                                    f"드릴 '{drill_id}'에 해당하는 code 문항이 문제은행에 없습니다"))
    return problems
