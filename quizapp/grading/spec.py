"""What a coding drill is, on the trusted side: reference, cases and how results are compared.

Drills are declared in ``solvers/drills/*.py`` with :func:`drill`; their prompts, starters and
hints live in the question bank (``kind: code``). This module imports no science library, so the
bank validator and the TUI can read it cheaply.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

LIBRARIES = ("numpy", "pandas", "scipy", "sklearn", "statsmodels", "torch")
# Module-level names a reference may use; anything else it imports inside its body.
PRELUDE = {"numpy": "import numpy as np", "pandas": "import pandas as pd", "scipy": "from scipy import stats",
           "torch": "import torch"}


@dataclass(frozen=True)
class Case:
    """One call of the learner's function: ``entry(*args, **kwargs)``."""

    name: str
    args: tuple[Any, ...]
    kwargs: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Check:
    """How a returned value is compared with the reference's.

    ``returns="real"`` accepts any real number type (int, float, numpy scalar, 0-d array);
    ``returns="int"`` any integer type. Otherwise the learner must return exactly the
    reference's type (a DataFrame for a DataFrame, a numpy array for an array...).
    """

    rtol: float = 1e-6
    atol: float = 1e-9
    returns: str | None = None  # "real" | "int" | None (same type as the reference)
    check_dtype: bool = True  # arrays, Series, DataFrames, tensors
    check_like: bool = False  # DataFrames: ignore the order of rows/columns
    check_index: bool = True  # Series/DataFrames: the index must match
    new_object: bool = False  # returning one of the inputs is a mistake


@dataclass(frozen=True)
class Drill:
    id: str
    entry: str
    reference: Callable[..., Any]
    edge_cases: Callable[[], Iterable[Case]]
    random_cases: Callable[[Any], Iterable[Case]] | None = None  # gets a numpy Generator
    libs: tuple[str, ...] = ("numpy",)
    check: Check = Check()
    timeout: float = 3.0  # wall-clock seconds for all cases of one attempt

    def solution_source(self) -> str:
        """The reference as a learner would write it: the usual imports, then the function."""
        lines = inspect.getsource(self.reference).splitlines()
        start = next(i for i, line in enumerate(lines) if line.startswith("def "))
        prelude = [PRELUDE[lib] for lib in LIBRARIES if lib in self.libs and lib in PRELUDE]
        return "\n".join(prelude) + "\n\n\n" + "\n".join(lines[start:]) + "\n"


REGISTRY: dict[str, Drill] = {}


def drill(
    drill_id: str,
    *,
    edge: Callable[[], Iterable[Case]],
    random: Callable[[Any], Iterable[Case]] | None = None,
    libs: tuple[str, ...] = ("numpy",),
    check: Check = Check(),
    timeout: float = 3.0,
) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """Register the decorated function as the reference of ``drill_id``."""
    unknown = set(libs) - set(LIBRARIES)
    if unknown:
        raise ValueError(f"{drill_id}: unknown libraries {sorted(unknown)}")

    def register(reference: Callable[..., Any]) -> Callable[..., Any]:
        if drill_id in REGISTRY:
            raise ValueError(f"drill {drill_id} is declared twice")
        REGISTRY[drill_id] = Drill(
            id=drill_id,
            entry=reference.__name__,
            reference=reference,
            edge_cases=edge,
            random_cases=random,
            libs=tuple(libs),
            check=check,
            timeout=timeout,
        )
        return reference

    return register
