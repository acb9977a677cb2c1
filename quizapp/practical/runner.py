"""Run a 실기 script as the exam does: a scratch folder with a copy of ``data/``, one minute of
wall time, only the exam's packages, no network, no plotting, output captured and capped."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

from quizapp.practical.spec import Task

TIME_LIMIT = 60.0
OUTPUT_CAP = 200_000  # bytes kept of stdout and of stderr


@dataclass
class RunResult:
    stdout: str
    stderr: str
    exit_code: int | None
    timed_out: bool
    seconds: float
    files: dict[str, bytes] = field(default_factory=dict)  # files the script left in its folder
    folders: list[str] = field(default_factory=list)


BOOTSTRAP = Path(__file__).with_name("bootstrap.py")
_SCRATCH_ROOT: str | None = None
_RULESET: int | None = None
_LOCK = threading.Lock()


def _prepare_sandbox() -> tuple[str, int | None]:
    """One scratch root and one Landlock ruleset per process (built before any fork)."""
    global _SCRATCH_ROOT, _RULESET
    with _LOCK:
        if _SCRATCH_ROOT is None:
            from quizapp.grading import sandbox

            _SCRATCH_ROOT = tempfile.mkdtemp(prefix="quizapp-practical-")
            try:
                _RULESET = sandbox.build_landlock(_SCRATCH_ROOT, execute=True)
            except OSError:
                _RULESET = None
        return _SCRATCH_ROOT, _RULESET


def _confine(ruleset: int | None) -> None:  # pragma: no cover - runs in the child before exec
    from quizapp.grading import sandbox

    os.setsid()
    try:
        sandbox.enter_network_namespace()
    except OSError:
        pass  # no namespaces here: the script still runs, as on the exam's offline machines
    sandbox.set_limits(sandbox.Limits(cpu_seconds=int(TIME_LIMIT) + 30, memory_mib=3072, open_files=256,
                                      file_mib=64))
    if ruleset is not None:
        # Read-only Python and libraries, read-write scratch; the task's hidden answers, the
        # project and the learner's data folder are out of reach.
        sandbox.apply_landlock(ruleset, close=False)


def run_script(task: Task, script: Path, *, time_limit: float = TIME_LIMIT) -> RunResult:
    root, ruleset = _prepare_sandbox()
    scratch = Path(tempfile.mkdtemp(dir=root))
    try:
        shutil.copytree(task.data_dir, scratch / "data")
        target = scratch / script.name
        shutil.copyfile(script, target)
        shutil.copyfile(BOOTSTRAP, scratch / "_exam_runner.py")
        out_path, err_path = scratch.parent / f"{scratch.name}.out", scratch.parent / f"{scratch.name}.err"
        env = {k: v for k, v in os.environ.items() if not k.startswith("QUIZAPP")}
        env.update({"MPLBACKEND": "Agg", "PYTHONDONTWRITEBYTECODE": "1", "PYTHONIOENCODING": "utf-8",
                    "OMP_NUM_THREADS": "1", "OPENBLAS_NUM_THREADS": "1"})
        started = time.monotonic()
        with open(out_path, "wb") as out, open(err_path, "wb") as err:
            proc = subprocess.Popen(
                [sys.executable, "_exam_runner.py", target.name],
                cwd=scratch, stdin=subprocess.DEVNULL, stdout=out, stderr=err, env=env,
                preexec_fn=lambda: _confine(ruleset), pass_fds=(ruleset,) if ruleset is not None else (),
            )
            timed_out = False
            try:
                proc.wait(time_limit)
            except subprocess.TimeoutExpired:
                timed_out = True
                os.killpg(proc.pid, 9)
                proc.wait()
        seconds = time.monotonic() - started
        stdout = out_path.read_bytes()[:OUTPUT_CAP].decode("utf-8", "replace")
        stderr = err_path.read_bytes()[:OUTPUT_CAP].decode("utf-8", "replace")
        out_path.unlink(missing_ok=True)
        err_path.unlink(missing_ok=True)
        files, folders = {}, []
        for path in sorted(scratch.rglob("*")):
            rel = path.relative_to(scratch).as_posix()
            if rel in ("data", script.name, "_exam_runner.py") or rel.startswith("data/") or "__pycache__" in rel:
                continue
            if path.is_dir():
                folders.append(rel)
            elif path.stat().st_size <= 50 * 2**20:
                files[rel] = path.read_bytes()
        return RunResult(stdout, stderr, None if timed_out else proc.returncode, timed_out, seconds, files, folders)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
