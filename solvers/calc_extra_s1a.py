"""Extra calculations for subject 1 (big data overview, technology and regulation)."""

from __future__ import annotations

from solvers.calc import calc

_UNITS = ["B", "KB", "MB", "GB", "TB", "PB", "EB", "ZB", "YB"]


@calc
def data_volume(
    amount: float, from_unit: str, to_unit: str, base: int = 1024, periods: float = 1, count: float = 1
) -> float:
    """``amount`` (per source and period) × ``periods`` × ``count`` sources, expressed in ``to_unit``.

    Each unit step (B, KB, MB, ...) is a factor of ``base``: 1024 (binary) or 1000 (decimal).
    """
    steps = _UNITS.index(from_unit.upper()) - _UNITS.index(to_unit.upper())
    return amount * periods * count * float(base) ** steps


@calc
def k_l_diversity(sensitive_by_group: list[list[str]]) -> tuple[int, int]:
    """(k, l) of a table given the sensitive values of each equivalence class.

    k = size of the smallest class (k-anonymity); l = fewest distinct sensitive values in a class
    (distinct l-diversity).
    """
    return (min(len(g) for g in sensitive_by_group), min(len(set(g)) for g in sensitive_by_group))
