"""Test-only drills, registered in this (judge) process; the worker never needs them."""

from __future__ import annotations

import numpy as np
import pytest

from quizapp.grading.judge import Grader
from quizapp.grading.spec import REGISTRY, Case, Check, drill

TIMEOUT = 1.0


def _total_edge():
    yield Case("세 값", (np.array([1.0, 2.0, 3.5]),))
    yield Case("음수", (np.array([-1.0, 4.0]),))


def _total_random(rng):
    yield Case("길이 20", (rng.normal(0, 1, 20),))


def _doubled_edge():
    yield Case("두 값", (np.array([1.0, 2.0]),))
    yield Case("빈 배열", (np.array([], dtype=float),))


if "test.total" not in REGISTRY:

    @drill("test.total", edge=_total_edge, random=_total_random, check=Check(returns="real"), timeout=TIMEOUT)
    def total(values):
        return float(np.sum(values))

    @drill("test.doubled", edge=_doubled_edge, check=Check(new_object=True), timeout=TIMEOUT)
    def doubled(values):
        return values * 2


CORRECT_TOTAL = "import numpy as np\n\ndef total(values):\n    return float(np.sum(values))\n"


@pytest.fixture(scope="module")
def grader():
    with Grader() as g:
        g.start(("numpy",))
        yield g
