"""Bank load benchmark: cold (parse + validate every YAML file) vs warm (content-hash cache hit).

    python bench/bank.py [--runs 9]

Each load runs in a fresh process so import caches and the OS page cache treat both alike;
the time covers only ``load_bank`` (imports are measured separately).
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import subprocess
import sys
import tempfile

CHILD = """
import json, sys, time
t0 = time.perf_counter()
from quizapp.bank import default_sources, load_bank
t1 = time.perf_counter()
bank = load_bank(default_sources(), cache_dir=__import__('pathlib').Path(sys.argv[1]))
t2 = time.perf_counter()
print(json.dumps({"import": t1 - t0, "load": t2 - t1, "cached": bank.from_cache, "items": len(bank.items)}))
"""


def load(cache: str) -> dict:
    out = subprocess.run([sys.executable, "-c", CHILD, cache], capture_output=True, text=True, check=True)
    return json.loads(out.stdout)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=9)
    args = parser.parse_args()
    cache = tempfile.mkdtemp()
    cold, warm = [], []
    try:
        for _ in range(args.runs):
            shutil.rmtree(cache, ignore_errors=True)
            result = load(cache)
            assert not result["cached"]
            cold.append(result["load"])
            result = load(cache)
            assert result["cached"]
            warm.append(result["load"])
    finally:
        shutil.rmtree(cache, ignore_errors=True)
    items = result["items"]
    c, w = statistics.median(cold), statistics.median(warm)
    print(f"bank: {items} items, {args.runs} runs each, fresh process per load")
    print(f"cold load (parse + validate): {c * 1000:7.1f} ms")
    print(f"warm load (cache hit):        {w * 1000:7.1f} ms")
    print(f"speed-up: {c / w:.1f}x")
    print(f"import of quizapp.bank (pydantic, PyYAML): {result['import'] * 1000:.1f} ms")


if __name__ == "__main__":
    main()
