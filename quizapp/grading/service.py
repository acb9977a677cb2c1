"""Grading for the TUI, in a separate process.

The TUI must never import the science stack (DESIGN.md rule 1), and the judge needs numpy and
``solvers`` to compute expected values. So the TUI talks to ``python -m quizapp.grading.service``
(judge + its warm worker) over JSON lines: one request per line in, one reply per line out.

Requests: ``{"op": "grade", "drill": id, "source": text}``, ``{"op": "solution", "drill": id}``,
``{"op": "warm", "libs": [...]}``. Replies carry ``ok`` and either ``result`` or ``error``.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from typing import Any


class GradingUnavailable(RuntimeError):
    pass


class GradingClient:
    """Used by the TUI from worker threads; starts the service on first use (or ``start``)."""

    def __init__(self) -> None:
        self._proc: subprocess.Popen[str] | None = None
        self._lock = threading.Lock()
        self.notices: list[str] = []

    def start(self) -> None:
        with self._lock:
            self._ensure()

    def _ensure(self) -> subprocess.Popen[str]:
        if self._proc is None or self._proc.poll() is not None:
            self._proc = subprocess.Popen(
                [sys.executable, "-m", "quizapp.grading.service"],
                stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                text=True, encoding="utf-8", bufsize=1, env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"},
            )
            hello = self._read(self._proc)
            self.notices = hello.get("notices", [])
        return self._proc

    @staticmethod
    def _read(proc: subprocess.Popen[str]) -> dict[str, Any]:
        assert proc.stdout is not None
        line = proc.stdout.readline()
        if not line:
            raise GradingUnavailable("채점 프로세스가 응답하지 않습니다 (grading service exited)")
        return json.loads(line)

    def _call(self, request: dict[str, Any]) -> dict[str, Any]:
        with self._lock:
            for attempt in range(2):
                proc = self._ensure()
                try:
                    assert proc.stdin is not None
                    proc.stdin.write(json.dumps(request, ensure_ascii=False) + "\n")
                    proc.stdin.flush()
                    reply = self._read(proc)
                    break
                except (OSError, GradingUnavailable, json.JSONDecodeError):
                    proc.kill()
                    proc.wait()
                    self._proc = None
                    if attempt:
                        raise
        if not reply.get("ok"):
            raise GradingUnavailable(reply.get("error", "unknown error"))
        return reply

    def warm(self, libs: list[str]) -> None:
        self._call({"op": "warm", "libs": libs})

    def grade(self, drill_id: str, source: str) -> dict[str, Any]:
        return self._call({"op": "grade", "drill": drill_id, "source": source})["result"]

    def solution(self, drill_id: str) -> str:
        return self._call({"op": "solution", "drill": drill_id})["result"]

    def close(self) -> None:
        with self._lock:
            if self._proc is not None and self._proc.poll() is None:
                try:
                    assert self._proc.stdin is not None
                    self._proc.stdin.close()
                    self._proc.wait(3)
                except (OSError, subprocess.TimeoutExpired):
                    self._proc.kill()
                    self._proc.wait()
            self._proc = None


def main() -> None:
    from quizapp.grading.judge import Grader, GradingError
    from quizapp.grading.registry import find_drill

    out = sys.stdout
    sys.stdout = sys.stderr  # nothing else may write into the reply channel
    grader = Grader()
    grader.start()

    def reply(payload: dict[str, Any]) -> None:
        out.write(json.dumps(payload, ensure_ascii=False) + "\n")
        out.flush()

    reply({"ok": True, "ready": True, "notices": grader.notices, "mode": grader.mode})
    try:
        for line in sys.stdin:
            try:
                request = json.loads(line)
                op = request.get("op")
                if op == "grade":
                    reply({"ok": True, "result": grader.grade(request["drill"], request["source"])})
                elif op == "solution":
                    reply({"ok": True, "result": find_drill(request["drill"]).solution_source()})
                elif op == "warm":
                    grader.start(tuple(request.get("libs", ())))
                    reply({"ok": True})
                else:
                    reply({"ok": False, "error": f"unknown op {op!r}"})
            except (KeyError, GradingError, ValueError) as exc:
                reply({"ok": False, "error": f"{type(exc).__name__}: {exc}"})
    finally:
        grader.close()


if __name__ == "__main__":
    main()
