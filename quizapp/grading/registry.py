"""Find drills in ``solvers/drills/`` without importing every science library.

The drill modules are grouped by library (``prep`` needs pandas, ``dl_torch`` needs torch…).
An index of ``drill id -> module`` is read from their source with :mod:`ast`, so grading a
pandas drill imports only the pandas module, and ``quizapp validate`` can list every drill
without importing anything heavy.
"""

from __future__ import annotations

import ast
import functools
import importlib
from dataclasses import dataclass
from pathlib import Path

from quizapp.grading.spec import REGISTRY, Drill

DRILL_PACKAGE = "solvers.drills"


@dataclass(frozen=True)
class DrillSource:
    id: str
    entry: str
    module: str
    path: Path
    line: int
    libs: tuple[str, ...]


def drills_dir() -> Path:
    import solvers

    return Path(solvers.__file__).parent / "drills"


@functools.cache
def drill_index() -> dict[str, DrillSource]:
    """Every ``@drill("id", ...)`` in solvers/drills, read statically."""
    found: dict[str, DrillSource] = {}
    for path in sorted(drills_dir().glob("*.py")):
        if path.name.startswith("_"):
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for node in tree.body:
            if not isinstance(node, ast.FunctionDef):
                continue
            for deco in node.decorator_list:
                if (isinstance(deco, ast.Call) and getattr(deco.func, "id", None) == "drill" and deco.args
                        and isinstance(deco.args[0], ast.Constant)):
                    libs: tuple[str, ...] = ("numpy",)
                    for kw in deco.keywords:
                        if kw.arg == "libs":
                            libs = tuple(ast.literal_eval(kw.value))
                    drill_id = deco.args[0].value
                    found[drill_id] = DrillSource(drill_id, node.name, f"{DRILL_PACKAGE}.{path.stem}", path,
                                                  node.lineno, libs)
    return found


def find_drill(drill_id: str) -> Drill:
    """The drill's spec; imports only the module that declares it. KeyError if unknown."""
    if drill_id not in REGISTRY:
        source = drill_index()[drill_id]
        importlib.import_module(source.module)
    return REGISTRY[drill_id]
