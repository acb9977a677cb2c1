"""Runs a learner's 실기 script the way the exam does: only the exam's packages can be imported.

``python -m quizapp.practical.bootstrap SCRIPT`` (started by the runner in a scratch folder).
An import that the learner's own script makes of anything outside the standard library and the
exam's packages fails with a Korean message naming the package; libraries may still import their
own dependencies.
"""

from __future__ import annotations

import importlib.abc
import os
import runpy
import sys

ALLOWED = {"pandas", "numpy", "scipy", "sklearn", "statsmodels"}
PLOTTING = {"matplotlib", "seaborn", "plotly", "bokeh", "altair"}


class ExamImportGuard(importlib.abc.MetaPathFinder):
    def __init__(self, script: str) -> None:
        self.script = os.path.abspath(script)

    def _from_script(self) -> bool:
        frame = sys._getframe(2)
        while frame is not None:
            name = frame.f_code.co_filename
            if name == self.script:
                return True
            if not name.startswith("<frozen") and "importlib" not in name:
                return False  # a library importing its own dependency
            frame = frame.f_back
        return False

    def find_spec(self, fullname, path=None, target=None):
        top = fullname.partition(".")[0]
        if top in ALLOWED or top in sys.stdlib_module_names or top in sys.modules:
            return None
        if not self._from_script():
            return None
        if top in PLOTTING:
            raise ModuleNotFoundError(
                f"시험 환경에서는 그래프를 그릴 수 없습니다: {top} (결과는 print로만 출력합니다)", name=top
            )
        raise ModuleNotFoundError(
            f"시험 환경에 없는 패키지입니다: {top} (쓸 수 있는 것: pandas, numpy, scipy, scikit-learn, statsmodels)",
            name=top,
        )


def main() -> None:
    script = os.path.abspath(sys.argv[1])
    sys.argv = [script]
    sys.path[0] = os.path.dirname(os.path.abspath(script))
    sys.meta_path.insert(0, ExamImportGuard(script))
    runpy.run_path(script, run_name="__main__")


if __name__ == "__main__":
    main()
