"""Fallback child: a plain interpreter with resource limits, for systems without the kernel
features the forked sandbox needs. Reads its request (pickled by the worker) from stdin."""

from __future__ import annotations

import os
import pickle
import sys


def main() -> None:
    from quizapp.grading import child, sandbox

    request = pickle.loads(sys.stdin.buffer.read())
    result_fd = int(os.environ["QUIZAPP_RESULT_FD"])
    sandbox.confine(sys.argv[1], result_fd, request["limits"], sandbox.Features())
    try:
        child.run(request["source"], request["entry"], request["cases"], sandbox.RESULT_FD)
    finally:
        os._exit(0)


if __name__ == "__main__":
    main()
