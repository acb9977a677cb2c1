"""Run the real app headless in this process and answer questions like a learner would.

Used by tests that need a separate process: ``python drive_app.py DB_URL ANSWERS MODE``.
MODE ``hang``: after the answers, print READY and keep running (the test then kills us).
MODE ``modules``: print the loaded top-level module names as JSON and exit.
"""

from __future__ import annotations

import asyncio
import json
import sys


async def main(db_url: str, answers: int, mode: str) -> None:
    from quizapp.ui.app import make_app

    app = make_app(db_url=db_url)

    async def autopilot(pilot) -> None:
        await app.workers.wait_for_complete()
        await pilot.pause()
        await pilot.press("s")
        await pilot.pause()
        await pilot.press("enter")  # "전체 과목"
        await pilot.pause()
        for n in range(answers):
            item = app.screen.item
            await pilot.press(str(item.answer if n % 2 == 0 else item.answer % len(item.options) + 1))
            await pilot.press("enter")
            await pilot.pause()
            print(f"ANSWERED {n + 1} {item.id}", flush=True)
            if n + 1 < answers:
                await pilot.press("n")
                await pilot.pause()
        if mode == "modules":
            print(json.dumps(sorted({m.split(".")[0] for m in sys.modules})), flush=True)
            app.exit()
        else:
            print("READY", flush=True)
            await asyncio.sleep(120)

    await app.run_async(headless=True, size=(80, 24), auto_pilot=autopilot)


if __name__ == "__main__":
    asyncio.run(main(sys.argv[1], int(sys.argv[2]), sys.argv[3]))
