"""The grading worker: imports the science stack once, forks a sandboxed child per attempt.

Run as ``python -m quizapp.grading.worker`` by :class:`quizapp.grading.judge.Grader`. It never
imports ``solvers`` and never sees expected values: it receives the learner's source and the
case inputs from the trusted judge (pickle, judge -> worker only), and sends back raw bytes that
the judge decodes without pickle.

Protocol on stdin/stdout, one frame per message: ``<u32 length><payload>``. Requests are pickled
dicts; replies are ``<u32 header length><JSON header><child records>``.
"""

from __future__ import annotations

import gc
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
import threading
import time
from dataclasses import dataclass
from typing import Any, BinaryIO

from quizapp.grading.sandbox import Limits

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
            from sklearn.utils.parallel import _get_threadpool_controller

            # threadpoolctl scans /proc/self/maps on first use (KMeans…): do it now, before
            # the sandboxed children are forked, since they may not read /proc.
            _get_threadpool_controller()


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
        self.syscall_filter = None
        if self.mode == "sandbox":
            from quizapp.grading.sandbox import build_seccomp

            self.syscall_filter = build_seccomp()
        self.spare: Spare | None = None
        self._dirty: list[str] = []
        self._finished: list[int] = []

    def grade(self, request: dict[str, Any]) -> tuple[dict[str, Any], bytes]:
        prepare(request.get("libs", []))
        started = time.monotonic()
        if self.mode == "sandbox":
            spare = self._take_spare()
            records, outcome, status = self._forked(spare, request)
            scratch = spare.scratch
        else:
            scratch = self._scratch()
            records, outcome, status = self._subprocess(request, scratch)
        header = {"outcome": outcome, "ms": (time.monotonic() - started) * 1000,
                  **describe_status(status), "stray_output": read_output(scratch)}
        self._dirty.append(scratch)
        return header, records

    def after_reply(self) -> None:
        """Off the critical path: clean up and fork the next child in advance."""
        for pid in self._finished:
            kill_group(pid)  # normally already exiting; a child that faked its end is stopped here
            try:
                os.waitpid(pid, 0)
            except ChildProcessError:
                pass
        self._finished.clear()
        for scratch in self._dirty:
            shutil.rmtree(scratch, ignore_errors=True)
        self._dirty.clear()
        if self.mode == "sandbox" and self.spare is None:
            self.spare = self._spawn()

    def _scratch(self) -> str:
        scratch = tempfile.mkdtemp(dir=self.root)
        os.chmod(scratch, 0o700)
        return scratch

    # --- pre-forked, pre-confined children -------------------------------------------------------
    def _take_spare(self) -> Spare:
        spare, self.spare = self.spare, None
        if spare is not None and (spare.libs != _loaded_libs() or not _alive(spare.pid)):
            spare.discard()
            spare = None
        return spare or self._spawn()

    def _spawn(self) -> Spare:
        """Fork a child and sandbox it now; it waits for its request on a pipe."""
        from quizapp.grading import child, sandbox

        scratch = self._scratch()
        request_r, request_w = os.pipe()
        result_r, result_w = os.pipe()
        # Move everything alive now out of the collector's reach: the child then does not
        # copy-on-write every page of the worker just by running a garbage collection.
        gc.freeze()
        pid = os.fork()
        if pid == 0:  # pragma: no cover - the child; its coverage is what it reports
            code = 0
            try:
                os.close(request_w)
                os.close(result_r)
                try:
                    sandbox.confine(scratch, result_w, SPARE_LIMITS, self.features, self.ruleset_fd,
                                    self.syscall_filter, request_r)
                except BaseException as exc:
                    record = _record({"kind": "sandbox", "error": f"{type(exc).__name__}: {exc}"})
                    for fd in (sandbox.RESULT_FD, result_w):
                        try:
                            os.write(fd, record)
                            break
                        except OSError:
                            continue
                    code = 70
                else:
                    gc.disable()  # a short-lived child: no collections touching the shared pages
                    with os.fdopen(sandbox.REQUEST_FD, "rb") as inbox:
                        (size,) = struct.unpack("<Q", inbox.read(8))
                        request = pickle.loads(inbox.read(size))  # from our own worker: trusted
                    child.run(request["source"], request["entry"], request["cases"], sandbox.RESULT_FD)
            finally:
                os._exit(code)
        try:
            os.setpgid(pid, pid)
        except OSError:
            pass  # the child already did, or is gone
        os.close(request_r)
        os.close(result_w)
        return Spare(pid, request_w, result_r, scratch, _loaded_libs())

    def _forked(self, spare: Spare, request: dict[str, Any]) -> tuple[bytes, str, int]:
        payload = pickle.dumps({k: request[k] for k in ("source", "entry", "cases")}, protocol=5)
        deadline = time.monotonic() + request["timeout"]
        writer = threading.Thread(target=_send, args=(spare.request_w, struct.pack("<Q", len(payload)) + payload),
                                  daemon=True)
        writer.start()  # a big request must not block us from reading results or timing out
        if self.spare is None and "torch" in sys.modules:
            # Forking a worker that holds torch takes ~10 ms: do it on the other core while this
            # child runs, so back-to-back grades (quizapp grade a.py b.py …) don't wait for it.
            self.spare = self._spawn()
        try:
            records, outcome = collect(spare.result_r, spare.pid, deadline)
        finally:
            os.close(spare.result_r)
        writer.join()
        if outcome == "done" and _ends_cleanly(records):
            # Finished normally: reply now, reap (and make sure it is gone) after the reply.
            self._finished.append(spare.pid)
            return records, outcome, 0
        return records, outcome, wait_child(spare.pid, KILL_GRACE)

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


@dataclass
class Spare:
    """A child forked and sandboxed ahead of time, waiting for its request."""

    pid: int
    request_w: int
    result_r: int
    scratch: str
    libs: frozenset[str]

    def discard(self) -> None:
        kill_group(self.pid)
        for fd in (self.request_w, self.result_r):
            try:
                os.close(fd)
            except OSError:
                pass
        try:
            os.waitpid(self.pid, 0)
        except ChildProcessError:
            pass
        shutil.rmtree(self.scratch, ignore_errors=True)


# The pre-forked child does not know its drill yet: generous CPU seconds as a backstop; the
# drill's own wall-clock limit is enforced by the worker killing the process group.
SPARE_LIMITS = Limits(cpu_seconds=60)


def _loaded_libs() -> frozenset[str]:
    return frozenset(name for name in ("numpy", "pandas", "scipy", "sklearn", "statsmodels", "torch")
                     if name in sys.modules)


def _alive(pid: int) -> bool:
    try:
        done, _ = os.waitpid(pid, os.WNOHANG)
    except ChildProcessError:
        return False
    return done == 0


def _send(fd: int, payload: bytes) -> None:
    try:
        view = memoryview(payload)
        while view:
            view = view[os.write(fd, view):]
    except OSError:
        pass  # the child is gone; collect() reports how it ended
    finally:
        os.close(fd)


def _record(header: dict[str, Any]) -> bytes:
    head = json.dumps(header).encode()
    return struct.pack("<II", len(head), 0) + head


def _ends_cleanly(records: bytes) -> bool:
    """Does the child's stream end with its own "end" record (sent just before it exits)?"""
    marker = b'{"kind": "end"'
    at = records.rfind(marker)
    return at >= 8 and records.endswith(b"}") and struct.unpack("<II", records[at - 8 : at])[1] == 0 and (
        at + struct.unpack("<II", records[at - 8 : at])[0] == len(records))


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
                worker.after_reply()
            elif op == "exit":
                break
    finally:
        if worker.spare is not None:
            worker.spare.discard()
        shutil.rmtree(worker.root, ignore_errors=True)


if __name__ == "__main__":
    main()
