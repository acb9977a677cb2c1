"""Start-up benchmark: the real app vs a bare Textual app, measured in one run.

Each app runs in a fresh process on a real pseudo-terminal (not headless), so terminal output
costs are counted. Timing starts just before the process is spawned and stops when the first
screen has been painted and takes keys (``ready``). For the real app we also report when the
home screen's counts are filled (``counts``; the store and the bank load in a worker after the
first paint) and the process's peak RSS after a learner has answered one question.

    python bench/startup.py [--runs 7]

Targets (DESIGN.md): ready ratio <= 1.3, peak RSS <= 80 MiB.
"""

from __future__ import annotations

import argparse
import json
import os
import pty
import resource
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path


# --- child side -----------------------------------------------------------------------------
def child(kind: str, t0: float, out: str) -> None:
    result: dict[str, float] = {}

    if kind == "bare":
        from textual.app import App
        from textual.widgets import Footer, Header, ListItem, ListView, Label

        class Bare(App):
            def compose(self):
                yield Header()
                yield ListView(*(ListItem(Label(f"항목 {n}")) for n in range(50)))
                yield Footer()

        app = Bare()
    else:
        import quizapp.launch  # noqa: F401  (the console script's import cost)
        from quizapp.ui.app import make_app

        app = make_app()

    def rss() -> float:
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    def first_paint() -> None:
        result["ready"] = time.monotonic() - t0
        result["rss_ready"] = rss()

    async def autopilot(pilot) -> None:
        # Called once the first screen is mounted, before it is painted: record the moment
        # right after the next refresh, i.e. when the learner sees the screen and can type.
        app.call_after_refresh(first_paint)
        await pilot.pause()
        if kind == "real":
            await app.workers.wait_for_complete()
            await pilot.pause()
            result["counts"] = time.monotonic() - t0
            result["rss_counts"] = rss()
            await pilot.press("s")
            await pilot.pause()
            await pilot.press("enter")
            await pilot.pause()
            await pilot.press("1", "enter")
            await pilot.pause()
        result["rss_mib"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        Path(out).write_text(json.dumps(result))
        app.exit()

    app.run(auto_pilot=autopilot, size=(80, 24))


# --- parent side ----------------------------------------------------------------------------
def run_once(kind: str, env: dict[str, str]) -> dict[str, float]:
    with tempfile.NamedTemporaryFile(suffix=".json", delete=False) as fh:
        out = fh.name
    master, slave = pty.openpty()
    os.set_blocking(master, True)
    t0 = time.monotonic()
    proc = subprocess.Popen(
        [sys.executable, __file__, "--child", kind, "--t0", repr(t0), "--out", out],
        stdin=slave, stdout=slave, stderr=slave, env=env, close_fds=True,
    )
    os.close(slave)

    def drain() -> None:
        try:
            while os.read(master, 65536):
                pass
        except OSError:
            pass

    reader = threading.Thread(target=drain, daemon=True)
    reader.start()
    proc.wait(timeout=120)
    os.close(master)
    data = json.loads(Path(out).read_text())
    os.unlink(out)
    return data


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--child")
    parser.add_argument("--t0", type=float)
    parser.add_argument("--out")
    args = parser.parse_args()
    if args.child:
        child(args.child, args.t0, args.out)
        return

    with tempfile.TemporaryDirectory() as data:
        env = {**os.environ, "QUIZAPP_DATA_DIR": data, "TERM": "xterm-256color", "COLUMNS": "80", "LINES": "24"}
        cold = run_once("real", env)  # first start: parses the bank, creates and migrates the db
        runs: dict[str, list[dict[str, float]]] = {"bare": [], "real": []}
        for _ in range(args.runs):  # interleaved so machine noise hits both alike
            for kind in ("bare", "real"):
                runs[kind].append(run_once(kind, env))

    def med(kind: str, key: str) -> float:
        return statistics.median(r[key] for r in runs[kind])

    bare, real = med("bare", "ready"), med("real", "ready")
    counts = med("real", "counts")
    rss = max(r["rss_mib"] for r in runs["real"])
    print(f"runs: {args.runs} each, interleaved, on a pseudo-terminal 80x24")
    print(f"bare Textual app (header, 50-item list, footer): ready {bare * 1000:7.1f} ms")
    print(f"quizapp, warm cache:                             ready {real * 1000:7.1f} ms")
    print(f"quizapp, warm cache, counts filled:                    {counts * 1000:7.1f} ms")
    print(f"quizapp, first ever start (cold):                ready {cold['ready'] * 1000:7.1f} ms, counts {cold['counts'] * 1000:.1f} ms")
    print(f"ratio ready (target <= 1.3):          {real / bare:.2f}")
    print(f"ratio counts filled / bare ready:     {counts / bare:.2f}")
    print(f"peak RSS of the TUI after one answer: {rss:.1f} MiB (target <= 80)")
    print(f"  (at first paint {med('real', 'rss_ready'):.1f} MiB, counts filled {med('real', 'rss_counts'):.1f} MiB)")
    print(f"bare app peak RSS:                    {max(r['rss_mib'] for r in runs['bare']):.1f} MiB")


if __name__ == "__main__":
    main()
