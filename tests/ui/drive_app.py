"""Run the real app headless in this process and answer questions like a learner would.

Used by tests that need a separate process: ``python drive_app.py DB_URL ANSWERS MODE``.
MODE ``hang``: after the answers, print READY and keep running (the test then kills us).
MODE ``modules``: print the loaded top-level module names as JSON and exit.
MODE ``drill``: after the answers, open the coding drill dl.loss.mse, grade a right answer in the
sandbox, print ``GRADED <status>`` and the loaded module names, and exit.
"""

from __future__ import annotations

import asyncio
import json
import sys


async def main(db_url: str, answers: int, mode: str) -> None:
    from quizapp.ui.app import make_app

    app = make_app(db_url=db_url)

    async def until(condition, what: str) -> None:
        """Wait like a person who looks at the screen before pressing the next key."""
        for _ in range(400):
            if condition():
                return
            await asyncio.sleep(0.025)
        raise TimeoutError(f"waited for {what}; screen is {type(app.screen).__name__}")

    async def autopilot(pilot) -> None:
        from quizapp.ui.screens.quiz import QuizScreen
        from quizapp.ui.screens.topics import TopicScreen

        await app.workers.wait_for_complete()
        await until(lambda: app.study is not None, "the bank and store to load")
        await pilot.pause()
        await pilot.press("s")
        await until(lambda: isinstance(app.screen, TopicScreen) and app.screen.is_mounted, "the topic picker")
        await pilot.pause()
        await pilot.press("enter")  # "전체 과목"
        await until(lambda: isinstance(app.screen, QuizScreen), "the quiz")
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
        if mode == "drill":
            from textual.widgets import OptionList, TextArea

            await pilot.press("escape")
            await pilot.pause()
            app.action_go_home()
            await until(lambda: type(app.screen).__name__ == "HomeScreen", "home")
            await pilot.pause()
            from quizapp.ui.screens.drills import CodeScreen, DrillListScreen

            await pilot.press("d")
            await until(lambda: isinstance(app.screen, DrillListScreen) and app.screen.is_mounted, "the drill list")
            await pilot.pause()
            menu = app.screen.query_one("#drills", OptionList)
            menu.highlighted = next(
                i for i in range(menu.option_count) if menu.get_option_at_index(i).id == "dl.loss.mse"
            )
            await pilot.press("enter")
            await until(lambda: isinstance(app.screen, CodeScreen) and app.screen.is_mounted, "the coding screen")
            await pilot.pause()
            app.screen.query_one("#code-editor", TextArea).load_text(
                "import numpy as np\ndef mse(y_true, y_pred):\n    return float(np.mean((y_true - y_pred) ** 2))\n"
            )
            await pilot.press("ctrl+r")
            while app.screen.result is None:
                await asyncio.sleep(0.05)
            print(f"GRADED {app.screen.result['status']}", flush=True)
            print(json.dumps(sorted({m.split(".")[0] for m in sys.modules})), flush=True)
            app.exit()
        elif mode == "modules":
            print(json.dumps(sorted({m.split(".")[0] for m in sys.modules})), flush=True)
            app.exit()
        else:
            print("READY", flush=True)
            await asyncio.sleep(120)

    await app.run_async(headless=True, size=(80, 24), auto_pilot=autopilot)


if __name__ == "__main__":
    asyncio.run(main(sys.argv[1], int(sys.argv[2]), sys.argv[3]))
