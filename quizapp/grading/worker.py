"""The grading worker: imports the science stack once, forks a sandboxed child per attempt.

Run as ``python -m quizapp.grading.worker`` by :class:`quizapp.grading.judge.Grader`. It never
imports ``solvers`` and never sees expected values: it receives the learner's source and the
case inputs from the trusted judge (pickle, judge -> worker only), and sends back raw bytes that
the judge decodes without pickle.

Protocol on stdin/stdout, one frame per message: ``<u32 length><payload>``. Requests are pickled
dicts; replies are ``<u32 header length><JSON header><child records>``.
"""

from __future__ import annotations

import json
import os
import pickle
import select
import shutil
import signal
import struct
import subprocess
import sys
import tempfile
import time
from typing import Any, BinaryIO

THREAD_ENV = ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "NUMEXPR_NUM_THREADS")
MAX_RESULT_BYTES = 32 * 2**20
KILL_GRACE = 0.5


def read_frame(stream: BinaryIO) -> bytes | None:
    head = stream.read(4)
    if len(head) < 4:
        return None
    (size,) = struct.unpack("<I", head)
    data = stream.read(size)
    return data if len(data) == size else None


def write_frame(stream: BinaryIO, payload: bytes) -> None:
    stream.write(struct.pack("<I", len(payload)) + payload)
    stream.flush()


def reply(stream: BinaryIO, header: dict[str, Any], records: bytes = b"") -> None:
    head = json.dumps(header).encode()
    write_frame(stream, struct.pack("<I", len(head)) + head + records)


def prepare(libs: list[str]) -> None:
    """Import what the drills need, once. Torch gets one thread, or forked children deadlock."""
    for name in libs:
        if name in sys.modules:
            continue
        __import__(name)
        if name == "torch":
            import torch

            torch.set_num_threads(1)
            try:
                torch.set_num_interop_threads(1)
            except RuntimeError:
                pass
        if name == "pandas":
            import pandas.testing  # noqa: F401  (warm the lazy submodules learners touch)
        if name == "sklearn":
            import sklearn.base  # noqa: F401


def collect(read_fd: int, pid: int, deadline: float) -> tuple[bytes, str]:
    """Read the child's records until it closes the pipe, times out or sends too much."""
    chunks: list[bytes] = []
    size = 0
    outcome = "done"
    while True:
        left = deadline - time.monotonic()
        if left <= 0:
            outcome = "timeout"
            break
        ready, _, _ = select.select([read_fd], [], [], left)
        if not ready:
            continue
        chunk = os.read(read_fd, 1 << 20)
        if not chunk:
            break
        size += len(chunk)
        if size > MAX_RESULT_BYTES:
            outcome = "too_big"
            break
        chunks.append(chunk)
    if outcome != "done":
        kill_group(pid)
    return b"".join(chunks), outcome


def kill_group(pid: int) -> None:
    for target in (lambda: os.killpg(pid, signal.SIGKILL), lambda: os.kill(pid, signal.SIGKILL)):
        try:
            target()
        except (ProcessLookupError, PermissionError):
            pass


def wait_child(pid: int, timeout: float) -> int:
    end = time.monotonic() + timeout
    while True:
        done, status = os.waitpid(pid, os.WNOHANG)
        if done:
            return status
        if time.monotonic() > end:
            kill_group(pid)
            _, status = os.waitpid(pid, 0)
            return status
        time.sleep(0.002)


def describe_status(status: int) -> dict[str, Any]:
    if os.WIFSIGNALED(status):
        sig = os.WTERMSIG(status)
        return {"exit": None, "signal": signal.Signals(sig).name if sig in signal.valid_signals() else str(sig)}
    return {"exit": os.WEXITSTATUS(status), "signal": None}


def read_output(scratch: str) -> str:
    from quizapp.grading.sandbox import OUTPUT_FILE

    try:
        with open(os.path.join(scratch, OUTPUT_FILE), "rb") as fh:
            data = fh.read(4000)
    except OSError:
        return ""
    return data.decode("utf-8", "replace")


class Worker:
    def __init__(self, mode: str) -> None:
        from quizapp.grading.sandbox import Features, probe

        self.features = probe() if mode == "auto" else Features()
        self.mode = "sandbox" if self.features.full else "subprocess"
        self.root = tempfile.mkdtemp(prefix="quizapp-grade-")
        self.ruleset_fd = None
        if self.mode == "sandbox":
            from quizapp.grading.sandbox import build_landlock

            self.ruleset_fd = build_landlock(self.root)

    def grade(self, request: dict[str, Any]) -> tuple[dict[str, Any], bytes]:
        prepare(request.get("libs", []))
        scratch = tempfile.mkdtemp(dir=self.root)
        os.chmod(scratch, 0o700)
        started = time.monotonic()
        try:
            if self.mode == "sandbox":
                records, outcome, status = self._forked(request, scratch)
            else:
                records, outcome, status = self._subprocess(request, scratch)
            header = {"outcome": outcome, "ms": (time.monotonic() - started) * 1000,
                      **describe_status(status), "stray_output": read_output(scratch)}
            return header, records
        finally:
            shutil.rmtree(scratch, ignore_errors=True)

    def _forked(self, request: dict[str, Any], scratch: str) -> tuple[bytes, str, int]:
        from quizapp.grading import child, sandbox

        limits = request["limits"]
        read_fd, write_fd = os.pipe()
        pid = os.fork()
        if pid == 0:  # pragma: no cover - the child; its coverage is what it reports
            code = 0
            try:
                os.close(read_fd)
                try:
                    sandbox.confine(scratch, write_fd, limits, self.features, self.ruleset_fd)
                except BaseException as exc:
                    record = _record({"kind": "sandbox", "error": f"{type(exc).__name__}: {exc}"})
                    for fd in (sandbox.RESULT_FD, write_fd):
                        try:
                            os.write(fd, record)
                            break
                        except OSError:
                            continue
                    code = 70
                else:
                    child.run(request["source"], request["entry"], request["cases"], sandbox.RESULT_FD)
            finally:
                os._exit(code)
        try:
            os.setpgid(pid, pid)
        except OSError:
            pass  # the child already did, or is gone
        os.close(write_fd)
        try:
            records, outcome = collect(read_fd, pid, time.monotonic() + request["timeout"])
        finally:
            os.close(read_fd)
        status = wait_child(pid, KILL_GRACE)
        return records, outcome, status

    def _subprocess(self, request: dict[str, Any], scratch: str) -> tuple[bytes, str, int]:
        read_fd, write_fd = os.pipe()
        payload = pickle.dumps({k: request[k] for k in ("source", "entry", "cases", "limits")})
        env = {**os.environ, "QUIZAPP_RESULT_FD": str(write_fd)}
        proc = subprocess.Popen(
            [sys.executable, "-m", "quizapp.grading.plain", scratch],
            stdin=subprocess.PIPE, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            pass_fds=(write_fd,), start_new_session=True, cwd=scratch, env=env,
        )
        os.close(write_fd)
        try:
            assert proc.stdin is not None
            proc.stdin.write(payload)
            proc.stdin.close()
        except BrokenPipeError:
            pass
        try:
            # a fresh interpreter must import the libraries itself: allow for that
            records, outcome = collect(read_fd, proc.pid, time.monotonic() + request["timeout"] + 10)
        finally:
            os.close(read_fd)
        try:
            proc.wait(KILL_GRACE)
        except subprocess.TimeoutExpired:
            kill_group(proc.pid)
            proc.wait()
        status = proc.returncode
        return records, outcome, (-status if status < 0 else status << 8) if status is not None else 0


def _record(header: dict[str, Any]) -> bytes:
    head = json.dumps(header).encode()
    return struct.pack("<II", len(head), 0) + head


def main() -> None:
    for name in THREAD_ENV:
        os.environ.setdefault(name, "1")
    inbox, outbox = sys.stdin.buffer, sys.stdout.buffer
    # Keep our protocol channel away from anything that prints: fd 1 -> stderr for the rest.
    sys.stdout = sys.stderr
    mode = os.environ.get("QUIZAPP_SANDBOX", "auto")
    worker = Worker("off" if mode == "off" else "auto")
    reply(outbox, {"ready": True, "mode": worker.mode, "features": worker.features.describe(), "pid": os.getpid()})
    try:
        while True:
            frame = read_frame(inbox)
            if frame is None:
                break
            request = pickle.loads(frame)  # from the trusted judge only
            op = request.get("op")
            if op == "prepare":
                prepare(request["libs"])
                reply(outbox, {"prepared": sorted(request["libs"])})
            elif op == "grade":
                header, records = worker.grade(request)
                reply(outbox, header, records)
            elif op == "exit":
                break
    finally:
        shutil.rmtree(worker.root, ignore_errors=True)


if __name__ == "__main__":
    main()
