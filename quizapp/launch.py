"""The ``quizapp`` console script.

With no sub-command it starts the TUI straight away, without importing Typer: the TUI process
has a memory budget (DESIGN.md) and the command-line toolkit is not needed to draw a screen.
Anything else (a sub-command, ``--help``, a bad option) goes to :mod:`quizapp.cli`, which owns
the full command line and its error messages.
"""

from __future__ import annotations

import sys
from pathlib import Path

TUI_OPTIONS = ("--db", "--bank", "--lang")


def tui_options(argv: list[str]) -> dict[str, str] | None:
    """``{"db": ..., "bank": ..., "lang": ...}`` when ``argv`` only starts the TUI, else None."""
    found: dict[str, str] = {}
    args = iter(argv)
    for arg in args:
        name, eq, value = arg.partition("=")
        if name not in TUI_OPTIONS:
            return None
        if not eq:
            value = next(args, None)
            if value is None:
                return None
        found[name[2:]] = value
    if found.get("lang", "ko") not in ("ko", "en"):
        return None  # let the full command line explain the error
    if "bank" in found and Path(found["bank"]).is_file():
        return None
    return found


def main() -> None:
    options = tui_options(sys.argv[1:])
    if options is None:
        from quizapp.cli import main as cli_main

        cli_main()
        return
    from quizapp.ui.app import make_app

    bank = options.get("bank")
    make_app(db_url=options.get("db"), user_bank=Path(bank) if bank else None, lang=options.get("lang")).run()


if __name__ == "__main__":
    main()
