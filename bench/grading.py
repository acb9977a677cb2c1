"""Grading speed: the warm sandboxed path against a fresh ``python`` doing the same work.

For a pandas drill and a torch drill, in one run:
* warm: one Grader (worker already running with the libraries imported); every grade forks a
  sandboxed child, runs all cases, and the judge compares the results;
* fresh: a new ``python`` process per grade that imports the same libraries, runs the learner's
  function on the same cases and prints the results (what a naive grader would do).

Targets (DESIGN.md): fresh/warm >= 12x for pandas, >= 60x for torch; warm median <= 40 ms.
Run: python bench/grading.py [--runs N]
"""

from __future__ import annotations

import argparse
import pickle
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from quizapp.grading.judge import Grader  # noqa: E402
from quizapp.grading.spec import REGISTRY, Case, Check, drill  # noqa: E402

TORCH_SOLUTION = (
    "import torch\n\n"
    "def linear_relu(x, weight, bias):\n"
    "    return torch.relu(x @ weight.T + bias)\n"
)


def _torch_cases():
    import torch

    g = torch.Generator().manual_seed(0)
    yield Case("4x3 -> 2", (torch.randn(4, 3, generator=g), torch.randn(2, 3, generator=g), torch.randn(2, generator=g)))
    yield Case("1x5 -> 3", (torch.randn(1, 5, generator=g), torch.randn(3, 5, generator=g), torch.randn(3, generator=g)))


if "bench.torch.linear_relu" not in REGISTRY:

    @drill("bench.torch.linear_relu", edge=_torch_cases, libs=("numpy", "torch"), check=Check(rtol=1e-5, atol=1e-6))
    def linear_relu(x, weight, bias):
        import torch

        return torch.relu(x @ weight.T + bias)


FRESH = """
import pickle, sys, json
import {imports}
data = pickle.load(open(sys.argv[1], "rb"))
namespace = {{}}
exec(compile(data["source"], "solution.py", "exec"), namespace)
function = namespace[data["entry"]]
out = [repr(function(*args, **kwargs)) for _, args, kwargs in data["cases"]]
print(json.dumps(out))
"""


def fresh_grade(imports: str, source: str, entry: str, cases: list[Case]) -> float:
    with tempfile.NamedTemporaryFile(suffix=".pickle", delete=False) as fh:
        pickle.dump({"source": source, "entry": entry, "cases": [(c.name, c.args, c.kwargs) for c in cases]}, fh)
        path = fh.name
    started = time.perf_counter()
    subprocess.run([sys.executable, "-c", FRESH.format(imports=imports), path], check=True, capture_output=True)
    elapsed = time.perf_counter() - started
    Path(path).unlink()
    return elapsed


def measure(grader: Grader, drill_id: str, source: str, imports: str, runs: int) -> tuple[float, float]:
    grader.grade(drill_id, source)  # warm the worker's imports for this drill
    warm, fresh = [], []
    for _ in range(runs):  # interleaved so machine noise hits both alike
        started = time.perf_counter()
        result = grader.grade(drill_id, source)
        warm.append(time.perf_counter() - started)
        assert result["status"] == "pass", result
        attempt = grader.prepare(drill_id)
        if len(fresh) < max(3, runs // 4):
            fresh.append(fresh_grade(imports, source, attempt.drill.entry, attempt.cases))
    return statistics.median(warm), statistics.median(fresh)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=20)
    args = parser.parse_args()
    from quizapp.grading.registry import find_drill

    pandas_source = find_drill("prep.fill_median").solution_source()
    with Grader() as grader:
        grader.start()
        print(f"sandbox: {grader.mode} ({grader.features})")
        rows = [
            ("pandas (prep.fill_median)", *measure(grader, "prep.fill_median", pandas_source, "numpy, pandas", args.runs), 12),
            ("torch (linear + ReLU)", *measure(grader, "bench.torch.linear_relu", TORCH_SOLUTION, "numpy, torch", args.runs), 60),
        ]
    print(f"runs: {args.runs} warm grades per drill (median), fresh python median of {max(3, args.runs // 4)}")
    for name, warm, fresh, target in rows:
        print(f"{name:28s} warm {warm * 1000:7.1f} ms   fresh python {fresh * 1000:8.1f} ms   "
              f"ratio {fresh / warm:6.1f}x (target >= {target}x)")
    worst = max(warm for _, warm, _, _ in rows)
    print(f"warm median, slowest drill: {worst * 1000:.1f} ms (target <= 40 ms)")


if __name__ == "__main__":
    main()
