"""Hostile and broken submissions: none passes, none hurts the worker, each ends in time.

Every submission below is graded by one warm worker; after each one a correct submission is
graded again to prove the worker still works. Each must end within the drill's time limit plus
one second with status fail or error and a message a learner can act on.
"""

from __future__ import annotations

import os
import socket
import threading
import time
from pathlib import Path

import pytest

from tests.grading.conftest import CORRECT_TOTAL, TIMEOUT

REPO = Path(__file__).resolve().parents[2]
SOLVER_FILE = REPO / "solvers" / "drills" / "dl_losses.py"
BANK_FILE = REPO / "question_bank" / "items" / "code" / "dl-losses.yaml"

CORPUS: dict[str, str] = {
    "infinite_loop": "def total(values):\n    while True:\n        pass\n",
    "loop_at_import": "while True:\n    pass\n",
    "deep_recursion": (
        "import sys\nsys.setrecursionlimit(10**7)\n"
        "def f(n):\n    return f(n + 1) + 1\n"
        "def total(values):\n    return f(0)\n"
    ),
    "memory_bomb": "def total(values):\n    blocks = []\n    while True:\n        blocks.append(bytearray(50 * 2**20))\n",
    "fork": "import os\ndef total(values):\n    if os.fork() == 0:\n        while True: pass\n    return 0.0\n",
    "subprocess": (
        "import subprocess\ndef total(values):\n"
        "    out = subprocess.run(['python3', '-c', 'print(1)'], capture_output=True).stdout\n"
        "    return float(out)\n"
    ),
    "os_system": "import os\ndef total(values):\n    return float(os.system('exit 0')) + 12345.0\n",
    "thread": (
        "import threading\nimport numpy as np\n"
        "def total(values):\n    out = []\n    t = threading.Thread(target=lambda: out.append(7.0))\n"
        "    t.start(); t.join()\n    return out[0]\n"
    ),
    "read_solvers": (
        f"SOURCE = open({str(SOLVER_FILE)!r}).read()\n"
        "def total(values):\n    return float(len(SOURCE))\n"
    ),
    "read_bank": (
        f"TEXT = open({str(BANK_FILE)!r}).read()\n"
        "def total(values):\n    return float(len(TEXT))\n"
    ),
    "import_solvers": "import solvers.drills.dl_losses as ref\ndef total(values):\n    return ref.mse(values, values)\n",
    "patch_grader": (
        "import quizapp.grading.compare as c\nimport quizapp.grading.judge as j\n"
        "c.compare = lambda *a, **k: None\nj.compare = lambda *a, **k: None\n"
        "def total(values):\n    return -1.0\n"
    ),
    "patch_numpy_testing": (
        "import numpy as np\nimport numpy.testing\n"
        "np.testing.assert_allclose = lambda *a, **k: None\nnp.isclose = lambda *a, **k: True\n"
        "def total(values):\n    return -1.0\n"
    ),
    "always_equal": (
        "class Anything:\n    def __eq__(self, other): return True\n    def __ne__(self, other): return False\n"
        "    def __float__(self): return 0.0\n"
        "def total(values):\n    return Anything()\n"
    ),
    "lying_float": (
        "class Liar(float):\n    def __eq__(self, other): return True\n    def __sub__(self, other): return 0.0\n"
        "def total(values):\n    return Liar(-99.0)\n"
    ),
    "sys_exit_at_import": "import sys\nsys.exit(0)\n",
    "sys_exit_in_call": "import sys\ndef total(values):\n    sys.exit(0)\n",
    "os_exit": "import os\ndef total(values):\n    os._exit(0)\n",
    "fake_json_on_stdout": (
        "import json, os\n"
        "def total(values):\n"
        "    fake = json.dumps({'version': 3, 'status': 'pass', 'tests': []})\n"
        "    print(fake)\n    os.write(1, fake.encode())\n    os.write(2, fake.encode())\n    return -1.0\n"
    ),
    "forge_result_channel": (
        "import os, json, struct\n"
        "def total(values):\n"
        "    head = json.dumps({'kind': 'case', 'index': 0, 'status': 'returned', 'split': 0}).encode()\n"
        "    for fd in range(3, 10):\n"
        "        try:\n            os.write(fd, struct.pack('<II', len(head), 0) + head + b'garbage')\n"
        "        except OSError:\n            pass\n"
        "    os._exit(0)\n"
    ),
    "close_stdout": "import os, sys\ndef total(values):\n    sys.stdout.close()\n    os.close(1)\n    os.close(2)\n    return -5.0\n",
    "flood_stdout": "import os\ndef total(values):\n    while True:\n        os.write(1, b'x' * 65536)\n",
    "flood_print": "def total(values):\n    for _ in range(10**7):\n        print('spam' * 50)\n    return -1.0\n",
    "base_exception": "class Boom(BaseException):\n    pass\ndef total(values):\n    raise Boom('bye')\n",
    "keyboard_interrupt": "def total(values):\n    raise KeyboardInterrupt\n",
    "signal_tricks": (
        "import os, signal\n"
        "for s in (signal.SIGTERM, signal.SIGALRM, signal.SIGINT, signal.SIGXCPU):\n"
        "    signal.signal(s, signal.SIG_IGN)\n"
        "def total(values):\n"
        "    try:\n        os.kill(os.getppid(), signal.SIGKILL)\n    except OSError:\n        pass\n"
        "    while True:\n        pass\n"
    ),
    "kill_process_group": (
        "import os, signal\n"
        "def total(values):\n    os.killpg(0, signal.SIGKILL)\n    return 0.0\n"
    ),
    "ctypes_segfault": "import ctypes\ndef total(values):\n    return float(len(ctypes.string_at(1)))\n",
    "huge_return": "import numpy as np\ndef total(values):\n    return np.ones(40 * 2**20)\n",
    "slow_but_correct": (
        "import time\nimport numpy as np\n"
        f"def total(values):\n    time.sleep({TIMEOUT + 0.6})\n    return float(np.sum(values))\n"
    ),
    "mutates_input": "import numpy as np\ndef total(values):\n    s = float(np.sum(values))\n    values[:] = 0\n    return s\n",
    "raises_value_error": "def total(values):\n    raise ValueError('not yet')\n",
}


def _run(grader, drill_id, source):
    started = time.monotonic()
    result = grader.grade(drill_id, source)
    return result, time.monotonic() - started


def failing_messages(result) -> list[str]:
    messages = [result["message"]] if result["message"] else []
    messages += [t["message"] for t in result["tests"] if t["status"] != "pass"]
    return messages


def test_the_corpus_is_big_enough():
    assert len(CORPUS) >= 25


@pytest.mark.parametrize("name", sorted(CORPUS))
def test_hostile_submission_never_passes_and_the_worker_survives(grader, name):
    result, elapsed = _run(grader, "test.total", CORPUS[name])
    assert result["status"] in ("fail", "error"), (name, result)
    messages = failing_messages(result)
    assert messages and all(messages), result
    assert elapsed <= TIMEOUT + 1.0 + 0.5, f"{name} took {elapsed:.2f}s"  # +0.5: judge-side work on a busy CI
    again, _ = _run(grader, "test.total", CORRECT_TOTAL)
    assert again["status"] == "pass", again


def test_messages_name_the_problem(grader):
    def message(name: str) -> str:
        return "\n".join(failing_messages(grader.grade("test.total", CORPUS[name])))

    assert "시간 제한" in message("infinite_loop")
    assert "시간 제한" in message("slow_but_correct")
    assert "입력" in message("mutates_input")
    assert "Anything" in message("always_equal") and "받을 수 없습니다" in message("always_equal")
    assert "Liar" in message("lying_float")
    assert "SIGSEGV" in message("ctypes_segfault")
    assert "sys.exit" in message("os_exit") or "종료" in message("os_exit")
    assert "Operation not permitted" in message("fork")
    assert "Permission denied" in message("read_solvers")
    assert "ValueError: not yet" in message("raises_value_error")


def test_returning_the_input_object_fails(grader):
    result = grader.grade("test.doubled", "def doubled(values):\n    values *= 2\n    return values\n")
    assert result["status"] == "fail"
    assert "입력 객체를 그대로 반환" in result["tests"][0]["message"]


def test_network_is_unreachable_even_to_a_local_listener(grader):
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(1)
    server.settimeout(0.2)
    port = server.getsockname()[1]
    accepted: list[object] = []

    def accept() -> None:
        deadline = time.monotonic() + 3
        while time.monotonic() < deadline:
            try:
                accepted.append(server.accept())
            except OSError:
                continue

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    source = (
        "import socket\n"
        "def total(values):\n"
        f"    s = socket.create_connection(('127.0.0.1', {port}), timeout=0.5)\n"
        "    s.sendall(b'secret')\n    return 1.0\n"
    )
    result = grader.grade("test.total", source)
    thread.join()
    server.close()
    assert result["status"] in ("fail", "error")
    assert accepted == []


def test_writing_outside_the_scratch_folder_is_refused(grader, tmp_path):
    target = tmp_path / "escaped.txt"
    source = f"def total(values):\n    open({str(target)!r}, 'w').write('x')\n    return 1.0\n"
    result = grader.grade("test.total", source)
    assert result["status"] in ("fail", "error")
    assert not target.exists()


def test_writing_inside_the_scratch_folder_is_allowed(grader):
    source = (
        "import numpy as np\n"
        "def total(values):\n    open('notes.txt', 'w').write('ok')\n"
        "    return float(np.sum(values)) if open('notes.txt').read() == 'ok' else -1.0\n"
    )
    assert grader.grade("test.total", source)["status"] == "pass"


def test_worker_process_is_still_the_same_after_the_corpus(grader):
    before = grader._proc.pid
    for name in ("signal_tricks", "kill_process_group", "fork"):
        grader.grade("test.total", CORPUS[name])
    assert grader._proc.pid == before and grader._proc.poll() is None
    assert os.path.exists(f"/proc/{before}")
