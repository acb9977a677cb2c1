"""Extra calculations for subject 1 (data collection, conversion, loading and storage)."""

from __future__ import annotations

import math

from solvers.calc import calc

_UNITS = ["B", "KB", "MB", "GB", "TB", "PB", "EB", "ZB", "YB"]


def _convert(amount: float, from_unit: str, to_unit: str, base: int) -> float:
    steps = _UNITS.index(from_unit.upper()) - _UNITS.index(to_unit.upper())
    return amount * float(base) ** steps


@calc
def replicated_storage(
    amount: float, replication: int = 3, from_unit: str = "TB", to_unit: str = "TB", base: int = 1024,
    periods: float = 1,
) -> float:
    """Raw disk a replicated store (e.g. HDFS) uses: amount × periods × replication, in ``to_unit``.

    ``base`` is 1024 (binary units) or 1000 (decimal units).
    """
    return _convert(amount * periods * replication, from_unit, to_unit, base)


@calc
def hdfs_block_replicas(file_size: float, block_size: float = 128, replication: int = 3, files: int = 1) -> int:
    """Block replicas HDFS keeps: ceil(file_size / block_size) blocks per file × replication × files.

    ``file_size`` and ``block_size`` in the same unit (MB); the last block of a file may be partial.
    """
    return math.ceil(file_size / block_size) * replication * files


@calc
def usable_capacity(nodes: int, disk_per_node: float, replication: int = 3, reserve: float = 0.0) -> float:
    """Logical data a cluster can hold: nodes × disk × (1 − reserve) / replication."""
    return nodes * disk_per_node * (1 - reserve) / replication


@calc
def decimal_scaling(x: float, max_abs: float) -> float:
    """Decimal scaling normalisation x / 10^j, j the smallest integer with max|v| / 10^j < 1."""
    j = 0
    while abs(max_abs) / 10**j >= 1:
        j += 1
    return x / 10**j
