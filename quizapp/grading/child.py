"""Runs inside the sandboxed child: load the learner's code, call it on each case, report.

Every record written to the result pipe is ``<u32 length><JSON header><encoded value bytes>``.
Only values travel (encoded by :mod:`quizapp.grading.codec`); verdicts are made on the trusted
side, so nothing the child writes can declare itself correct.
"""

from __future__ import annotations

import io
import json
import linecache
import os
import struct
import sys
import time
import traceback
import types
from typing import Any

from quizapp.grading import codec

FILENAME = "solution.py"
OUTPUT_CAP = 2000  # characters of printed output kept per case


class CappedText(io.TextIOBase):
    """A text stream that keeps the first ``cap`` characters and counts the rest."""

    def __init__(self, cap: int = OUTPUT_CAP) -> None:
        self.parts: list[str] = []
        self.size = 0
        self.cap = cap

    def writable(self) -> bool:
        return True

    def write(self, text: str) -> int:
        if not isinstance(text, str):
            raise TypeError(f"write() argument must be str, not {type(text).__name__}")
        if self.size < self.cap:
            self.parts.append(text[: self.cap - self.size])
        self.size += len(text)
        return len(text)

    def text(self) -> str:
        out = "".join(self.parts)
        if self.size > self.cap:
            out += f"\n… (출력 {self.size - self.cap}자 생략)"
        return out


def learner_traceback(exc: BaseException) -> str:
    """The traceback with only the learner's own frames, then the error line."""
    frames = [f for f in traceback.extract_tb(exc.__traceback__) if f.filename == FILENAME]
    lines = ["Traceback (learner code only):\n"] if frames else []
    lines += traceback.format_list(frames)
    lines += traceback.format_exception_only(type(exc), exc)
    return "".join(lines)


def run(source: str, entry: str, cases: list[tuple[str, tuple, dict]], result_fd: int) -> None:
    """Never returns normally; the caller ``os._exit``s afterwards."""
    # Bind what we need now: learner code that patches modules later cannot reach these names.
    write, pack, dumps, encode, perf = os.write, struct.pack, json.dumps, codec.encode, time.perf_counter
    value_fingerprint = codec.fingerprint

    def send(header: dict[str, Any], payload: bytes = b"") -> None:
        head = dumps(header).encode()
        data = pack("<II", len(head), len(payload)) + head + payload
        view = memoryview(data)
        while view:
            view = view[write(result_fd, view) :]

    def send_value(header: dict[str, Any], value: Any) -> None:
        try:
            value_bytes = encode(value)
        except BaseException as exc:  # a value the codec cannot take apart
            send({**header, "status": "unencodable", "error": f"{type(exc).__name__}: {exc}"})
            return
        send(header, value_bytes)

    def fingerprint(value: Any) -> str | None:
        try:
            return value_fingerprint(value)
        except BaseException:
            return None

    begun = perf()
    linecache.cache[FILENAME] = (len(source), None, source.splitlines(True), FILENAME)
    try:
        code = compile(source, FILENAME, "exec", dont_inherit=True)
    except SyntaxError as exc:
        send({"kind": "load", "status": "syntax", "line": exc.lineno, "offset": exc.offset,
              "error": exc.msg, "text": (exc.text or "").rstrip()})
        return
    module = types.ModuleType("solution")
    module.__file__ = FILENAME
    sys.modules["solution"] = module
    captured = CappedText()
    real_stdout, real_stderr = sys.stdout, sys.stderr
    sys.stdout = sys.stderr = captured
    try:
        exec(code, module.__dict__)
    except BaseException as exc:
        sys.stdout, sys.stderr = real_stdout, real_stderr
        send({"kind": "load", "status": "exception", "type": type(exc).__name__,
              "error": str(exc)[:2000], "traceback": learner_traceback(exc), "output": captured.text()})
        return
    sys.stdout, sys.stderr = real_stdout, real_stderr
    function = module.__dict__.get(entry)
    if not callable(function):
        send({"kind": "load", "status": "missing", "found": sorted(
            k for k, v in module.__dict__.items() if isinstance(v, types.FunctionType))[:20],
            "output": captured.text()})
        return
    send({"kind": "load", "status": "ok", "output": captured.text()})

    for number, (name, args, kwargs) in enumerate(cases):
        call_args, call_kwargs = args, kwargs  # unpickled for this child alone: already copies
        inputs = [*call_args, *call_kwargs.values()]
        captured = CappedText()
        sys.stdout = sys.stderr = captured
        started = perf()
        try:
            result = function(*call_args, **call_kwargs)
        except BaseException as exc:
            sys.stdout, sys.stderr = real_stdout, real_stderr
            send({"kind": "case", "index": number, "status": "exception", "type": type(exc).__name__,
                  "error": str(exc)[:2000], "traceback": learner_traceback(exc),
                  "ms": (perf() - started) * 1000, "output": captured.text()})
            continue
        sys.stdout, sys.stderr = real_stdout, real_stderr
        header = {"kind": "case", "index": number, "status": "returned", "ms": (perf() - started) * 1000,
                  "output": captured.text(), "returned_input": any(result is arg for arg in inputs)}
        # Inputs changed by the call? (Only the learner's own feedback depends on this flag.)
        # Digests of the inputs after the call; the judge compares them with its own originals.
        header["after"] = [fingerprint(x) for x in inputs]
        header["digest"] = fingerprint(result)  # lets the judge skip decoding an exact match
        send_value(header, result)
    # Tell the worker we are done before the (slow) teardown of a big process begins.
    send({"kind": "end", "ms": (perf() - begun) * 1000})
    os.close(result_fd)
