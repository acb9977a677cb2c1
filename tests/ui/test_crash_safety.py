"""Nothing lost on a crash: SIGKILL in the middle of a session keeps every answer given."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

DRIVER = Path(__file__).parent / "drive_app.py"


def test_sigkill_mid_session_keeps_every_answer(tmp_path, small_bank, clock):
    db = tmp_path / "progress.db"
    proc = subprocess.Popen(
        [sys.executable, str(DRIVER), f"sqlite:///{db}", "3", "hang"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    answered = []
    try:
        for line in proc.stdout:
            if line.startswith("ANSWERED"):
                answered.append(line.split()[2])
            if line.strip() == "READY":
                break
        assert len(answered) == 3, proc.stderr.read() if proc.poll() is not None else answered
        os.kill(proc.pid, signal.SIGKILL)  # no clean shutdown, no chance to flush anything
    finally:
        proc.kill()
        proc.wait(timeout=10)
    assert proc.returncode == -signal.SIGKILL

    con = sqlite3.connect(db)
    assert con.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    rows = con.execute("SELECT item_id, correct FROM quiz_answer ORDER BY position").fetchall()
    assert [r[0] for r in rows] == answered
    assert [bool(r[1]) for r in rows] == [True, False, True]
    assert con.execute("SELECT COUNT(*) FROM review_log").fetchone() == (3,)
    assert {r[0] for r in con.execute("SELECT item_id FROM item_state")} == set(answered)
    assert con.execute("SELECT ended_at FROM quiz_session").fetchall() == [(None,)]  # killed mid-session
    con.close()
