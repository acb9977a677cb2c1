"""The trusted side of grading: cases, expected values, comparison and the result report.

:class:`Grader` owns one warm worker process (:mod:`quizapp.grading.worker`) and grades any
number of attempts through it. It computes expected values itself from ``solvers/`` and only
ever receives encoded values back (see :mod:`quizapp.grading.codec`).

Results follow Exercism's test-runner v3 shape::

    {"version": 3, "status": "pass|fail|error", "message": str|None,
     "tests": [{"name", "status", "message", "output"}], ...}
"""

from __future__ import annotations

import copy
import json
import os
import pickle
import secrets
import struct
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from typing import Any

from quizapp.grading import hints
from quizapp.grading.compare import compare
from quizapp.grading.registry import find_drill
from quizapp.grading.sandbox import Limits
from quizapp.grading.spec import Case, Drill

OUTPUT_CAP = 1000
RANDOM_LABEL = "무작위"


class GradingError(RuntimeError):
    """The grader itself could not work (not the learner's fault)."""


@dataclass
class Attempt:
    """What the judge keeps about one attempt while the child runs."""

    drill: Drill
    cases: list[Case]
    expected: list[Any]
    seed: int
    records: list[dict[str, Any]] = field(default_factory=list)
    before: list[list[str | None]] = field(default_factory=list)  # input digests per case
    digests: list[str | None] = field(default_factory=list)  # expected values' digests


def _cap(text: str, limit: int = OUTPUT_CAP) -> str:
    return text if len(text) <= limit else text[:limit] + f"\n… ({len(text) - limit}자 생략)"


def parse_records(data: bytes) -> tuple[list[tuple[dict[str, Any], bytes]], bool]:
    """Split the child's byte stream into (header, payload) records; flag damage."""
    out = []
    offset = 0
    while offset < len(data):
        if offset + 8 > len(data):
            return out, True
        head_len, body_len = struct.unpack("<II", data[offset : offset + 8])
        end = offset + 8 + head_len + body_len
        if end > len(data):
            return out, True
        try:
            header = json.loads(data[offset + 8 : offset + 8 + head_len])
        except (UnicodeDecodeError, json.JSONDecodeError):
            return out, True
        if not isinstance(header, dict):
            return out, True
        out.append((header, data[offset + 8 + head_len : end]))
        offset = end
    return out, False


class Grader:
    """One warm worker; ``grade`` may be called from any thread (calls are serialised)."""

    def __init__(self, *, sandbox: str | None = None, limits: Limits = Limits()) -> None:
        self.sandbox = sandbox or os.environ.get("QUIZAPP_SANDBOX", "auto")
        self.limits = limits
        self._proc: subprocess.Popen[bytes] | None = None
        self._lock = threading.Lock()
        self.mode: str | None = None
        self.features: str | None = None
        self.notices: list[str] = []

    # --- worker lifecycle -------------------------------------------------------------------
    def start(self, libs: tuple[str, ...] = ()) -> None:
        with self._lock:
            self._ensure_worker()
            if libs:
                self._request({"op": "prepare", "libs": list(libs)})

    def _ensure_worker(self) -> None:
        if self._proc is not None and self._proc.poll() is None:
            return
        env = {**os.environ, "QUIZAPP_SANDBOX": self.sandbox, "PYTHONDONTWRITEBYTECODE": "1"}
        for name in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
            env[name] = "1"
        self._proc = subprocess.Popen(
            [sys.executable, "-m", "quizapp.grading.worker"],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env,
        )
        hello, _ = self._read_reply()
        self.mode, self.features = hello["mode"], hello["features"]
        if self.mode != "sandbox" and not self.notices:
            self.notices.append(
                "이 시스템에서는 샌드박스 기능(network namespace, Landlock, seccomp)을 쓸 수 없어 "
                "시간 제한이 있는 일반 하위 프로세스로 채점합니다. 보호 수준이 낮습니다. "
                f"(sandbox unavailable: {self.features}; falling back to a plain subprocess)"
            )

    def close(self) -> None:
        with self._lock:
            if self._proc is None:
                return
            try:
                self._write(pickle.dumps({"op": "exit"}))
                self._proc.wait(2)
            except (OSError, subprocess.TimeoutExpired):
                self._proc.kill()
                self._proc.wait()
            self._proc = None

    def __enter__(self) -> Grader:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _write(self, payload: bytes) -> None:
        assert self._proc is not None and self._proc.stdin is not None
        self._proc.stdin.write(struct.pack("<I", len(payload)) + payload)
        self._proc.stdin.flush()

    def _read_reply(self) -> tuple[dict[str, Any], bytes]:
        assert self._proc is not None and self._proc.stdout is not None
        stream = self._proc.stdout
        head = stream.read(4)
        if len(head) < 4:
            raise GradingError("채점 작업자가 응답하지 않습니다 (grading worker died)")
        (size,) = struct.unpack("<I", head)
        frame = stream.read(size)
        (head_len,) = struct.unpack("<I", frame[:4])
        return json.loads(frame[4 : 4 + head_len]), frame[4 + head_len :]

    def _request(self, request: dict[str, Any], while_waiting: Any = None) -> tuple[dict[str, Any], bytes]:
        try:
            self._write(pickle.dumps(request, protocol=pickle.HIGHEST_PROTOCOL))
            if while_waiting is not None:
                work, while_waiting = while_waiting, None
                try:
                    work()  # trusted work that overlaps the child's run
                finally:
                    reply = self._read_reply()  # keep the channel in step even if the work failed
                return reply
            return self._read_reply()
        except (OSError, GradingError, struct.error, ValueError):
            # the worker is gone: start a fresh one and try once more
            if self._proc is not None:
                self._proc.kill()
                self._proc.wait()
            self._proc = None
            self._ensure_worker()
            self._write(pickle.dumps(request, protocol=pickle.HIGHEST_PROTOCOL))
            if while_waiting is not None:
                while_waiting()
            return self._read_reply()

    # --- grading ----------------------------------------------------------------------------
    def prepare(self, drill_id: str, seed: int | None = None, *, expect: bool = True) -> Attempt:
        """Cases and expected values for one attempt (trusted side only)."""
        import numpy as np

        drill = find_drill(drill_id)
        seed = secrets.randbits(32) if seed is None else seed
        cases = list(drill.edge_cases())
        if drill.random_cases is not None:
            rng = np.random.default_rng(seed)
            randoms = list(drill.random_cases(rng))
            cases += [Case(f"{RANDOM_LABEL} {i + 1}: {c.name}", c.args, c.kwargs) for i, c in enumerate(randoms)]
        attempt = Attempt(drill=drill, cases=cases, expected=[], seed=seed)
        if expect:
            self._expect(attempt)
        return attempt

    @staticmethod
    def _expect(attempt: Attempt) -> None:
        """Run the reference on copies of the inputs (trusted side)."""
        from quizapp.grading.codec import fingerprint

        if not attempt.expected:
            attempt.before = [[fingerprint(x) for x in (*c.args, *c.kwargs.values())] for c in attempt.cases]
            attempt.expected = [attempt.drill.reference(*copy.deepcopy(c.args), **copy.deepcopy(c.kwargs))
                                for c in attempt.cases]
            attempt.digests = [_digest(e) for e in attempt.expected]

    def grade(self, drill_id: str, source: str, *, seed: int | None = None) -> dict[str, Any]:
        started = time.perf_counter()
        try:
            attempt = self.prepare(drill_id, seed, expect=False)
        except KeyError:
            return self._report("error", f"알 수 없는 드릴입니다: {drill_id} (unknown drill)", [], None, started)
        try:
            compile(source, "solution.py", "exec", dont_inherit=True)
        except SyntaxError as exc:
            where = f"{exc.lineno}번째 줄" if exc.lineno else "코드"
            line = f"\n    {exc.text.rstrip()}" if exc.text else ""
            return self._report("error", f"문법 오류 (SyntaxError), {where}: {exc.msg}{line}", [], attempt, started)
        request = {
            "op": "grade", "source": source, "entry": attempt.drill.entry,
            "cases": [(c.name, c.args, c.kwargs) for c in attempt.cases],
            "timeout": attempt.drill.timeout, "libs": list(attempt.drill.libs),
            "limits": Limits(cpu_seconds=int(attempt.drill.timeout) + 2, memory_mib=self.limits.memory_mib,
                             open_files=self.limits.open_files, file_mib=self.limits.file_mib),
        }
        with self._lock:
            self._ensure_worker()
            header, data = self._request(request, while_waiting=lambda: self._expect(attempt))
        return self._judge(attempt, header, data, started)

    def _judge(self, attempt: Attempt, header: dict[str, Any], data: bytes, started: float) -> dict[str, Any]:
        from quizapp.grading.codec import DecodeError, decode

        records, damaged = parse_records(data)
        load = next((h for h, _ in records if h.get("kind") == "load"), None)
        sandbox_failure = next((h for h, _ in records if h.get("kind") == "sandbox"), None)
        by_index: dict[int, tuple[dict[str, Any], bytes]] = {}
        for head, body in records:
            if head.get("kind") == "case" and isinstance(head.get("index"), int) and head["index"] not in by_index:
                by_index[head["index"]] = (head, body)
        outcome = header.get("outcome")
        stray = header.get("stray_output", "")

        if sandbox_failure:
            raise GradingError(f"샌드박스를 준비하지 못했습니다: {sandbox_failure.get('error')}")
        if load is None or load.get("status") != "ok":
            return self._report("error", self._load_message(load, header, attempt), [], attempt, started,
                                output=(load or {}).get("output", "") + stray)

        tests = []
        for index, case in enumerate(attempt.cases):
            name = case.name
            got = by_index.get(index)
            if got is None:
                tests.append({"name": name, "status": "error", "message": self._missing_case_message(header, attempt),
                              "output": _cap(stray)})
                continue
            head, body = got
            output = _cap(str(head.get("output", "")))
            status = head.get("status")
            if status == "exception":
                message = (f"{head.get('type')}: {head.get('error')}\n\n{head.get('traceback', '')}").strip()
                hint = hints.for_error(f"{head.get('type')}: {head.get('error')}")
                if hint:
                    message += f"\n\n힌트: {hint}"
                tests.append({"name": name, "status": "error", "message": message, "output": output})
                continue
            if status == "unencodable":
                tests.append({"name": name, "status": "fail", "output": output,
                              "message": f"반환값을 채점기로 옮길 수 없습니다: {head.get('error')}"})
                continue
            exact = attempt.digests and head.get("digest") is not None and head.get("digest") == attempt.digests[index]
            try:
                value = None if exact else decode(body)
            except (DecodeError, ValueError, KeyError, TypeError, IndexError, struct.error) as exc:
                tests.append({"name": name, "status": "error", "output": output,
                              "message": f"채점 통신이 손상되었습니다 ({exc}). 결과 채널에 직접 쓰지 마세요."})
                continue
            message = None
            if head.get("returned_input") and attempt.drill.check.new_object:
                message = "입력 객체를 그대로 반환했습니다: 새 객체를 만들어 반환하세요 (returned the input object itself)"
            if message is None and not exact:  # an exact match (same type, same bytes) needs no tester
                message = compare(attempt.expected[index], value, attempt.drill.check)
            if message is None:
                message = self._mutation(case, attempt.before[index], head.get("after"))
            tests.append({"name": name, "status": "fail" if message else "pass", "message": message, "output": output})
        if damaged and all(t["status"] == "pass" for t in tests):
            tests.append({"name": "채점 통신", "status": "error", "output": "",
                          "message": "결과 채널에 알 수 없는 데이터가 섞였습니다."})
        statuses = {t["status"] for t in tests}
        status = "pass" if statuses == {"pass"} else "fail"
        message = None
        if len(by_index) < len(attempt.cases):  # the run ended early: time limit, crash, exit
            status, message = "error", self._missing_case_message(header, attempt)
        return self._report(status, message, tests, attempt, started, output=stray)

    @staticmethod
    def _mutation(case: Case, before: list[str | None], after: Any) -> str | None:
        if not isinstance(after, list) or len(after) != len(before):
            return None
        labels = [*(f"{n + 1}번째 인자" for n in range(len(case.args))), *(f"인자 {k}" for k in case.kwargs)]
        changed = [label for label, b, a in zip(labels, before, after) if b is not None and a is not None and a != b]
        if not changed:
            return None
        return f"입력({', '.join(changed)})을 바꿨습니다: 입력은 그대로 두고 새 값을 만들어 반환하세요 (input was modified)"

    def _missing_case_message(self, header: dict[str, Any], attempt: Attempt) -> str:
        outcome = header.get("outcome")
        if outcome == "timeout":
            return (f"시간 제한 {attempt.drill.timeout:g}초를 넘겨 중단했습니다: 무한 루프이거나 너무 느린 코드입니다 "
                    "(time limit exceeded)")
        if outcome == "too_big":
            return "반환값이나 출력이 너무 큽니다 (32 MiB 초과)."
        return self._exit_message(header)

    @staticmethod
    def _exit_message(header: dict[str, Any]) -> str:
        sig = header.get("signal")
        if sig == "SIGXCPU":
            return "CPU 시간 제한을 넘겼습니다 (CPU time limit)."
        if sig == "SIGSEGV":
            return "프로세스가 비정상 종료했습니다 (SIGSEGV: 메모리 접근 오류, ctypes나 너무 깊은 재귀?)."
        if sig:
            return f"프로세스가 신호 {sig}로 끝났습니다."
        return (f"함수가 끝나기 전에 프로세스가 종료되었습니다 (종료 코드 {header.get('exit')}): "
                "sys.exit()나 os._exit()를 호출하지 마세요.")

    def _load_message(self, load: dict[str, Any] | None, header: dict[str, Any], attempt: Attempt) -> str:
        if load is None:
            if header.get("outcome") == "timeout":
                return f"코드를 불러오는 중 시간 제한 {attempt.drill.timeout:g}초를 넘겼습니다 (모듈 수준의 무한 루프?)."
            return self._exit_message(header)
        status = load.get("status")
        if status == "syntax":
            return f"문법 오류 (SyntaxError), {load.get('line')}번째 줄: {load.get('error')}\n    {load.get('text', '')}"
        if status == "missing":
            found = ", ".join(load.get("found", [])) or "없음"
            return (f"함수 {attempt.drill.entry}()를 찾을 수 없습니다. 이름을 확인하세요 (정의된 함수: {found}). "
                    f"(function {attempt.drill.entry} not found)")
        message = f"코드를 불러오다 오류가 났습니다: {load.get('type')}: {load.get('error')}\n\n{load.get('traceback', '')}"
        hint = hints.for_error(f"{load.get('type')}: {load.get('error')}")
        return message + (f"\n\n힌트: {hint}" if hint else "")

    def _report(self, status: str, message: str | None, tests: list[dict[str, Any]], attempt: Attempt | None,
                started: float, output: str = "") -> dict[str, Any]:
        for test in tests:
            test["output"] = _cap(test.get("output") or "")
        return {
            "version": 3,
            "status": status,
            "message": message,
            "tests": tests,
            "drill": attempt.drill.id if attempt else None,
            "seed": attempt.seed if attempt else None,
            "output": _cap(output),
            "sandbox": self.mode,
            "duration_ms": round((time.perf_counter() - started) * 1000, 1),
        }


def _digest(value: Any) -> str | None:
    from quizapp.grading.codec import fingerprint

    try:
        return fingerprint(value)
    except Exception:
        return None


def summary_line(result: dict[str, Any]) -> str:
    tests = result["tests"]
    passed = sum(t["status"] == "pass" for t in tests)
    label = {"pass": "통과", "fail": "실패", "error": "오류"}[result["status"]]
    return f"{label}: {passed}/{len(tests)} 통과" if tests else label

