"""What a learner reads after grading: result shape and the teaching messages."""

from __future__ import annotations

import json
import subprocess
import sys

import numpy as np
import pandas as pd
import pytest

from quizapp.grading.codec import Unsupported, decode, encode
from quizapp.grading.compare import compare
from quizapp.grading.judge import Grader
from quizapp.grading.spec import Check


def test_result_is_shaped_like_exercism_v3_and_records_the_seed(grader):
    result = grader.grade("test.total", "def total(values):\n    return 1.0\n", seed=1234)
    assert result["version"] == 3 and result["status"] == "fail"
    assert result["seed"] == 1234
    assert [set(t) for t in result["tests"]] == [{"name", "status", "message", "output"}] * len(result["tests"])
    assert [t["name"] for t in result["tests"]][:2] == ["세 값", "음수"]
    assert result["tests"][-1]["name"].startswith("무작위 1")
    json.dumps(result)  # serialisable as is


def test_same_seed_same_cases_new_seed_new_cases(grader):
    first = grader.prepare("test.total", seed=7)
    again = grader.prepare("test.total", seed=7)
    other = grader.prepare("test.total", seed=8)
    assert first.expected == again.expected
    assert first.expected[-1] != other.expected[-1]
    assert grader.prepare("test.total").seed != grader.prepare("test.total").seed


def test_hard_coded_answers_fail_on_fresh_random_cases(grader):
    fixed = "def total(values):\n    return {(1.0, 2.0, 3.5): 6.5, (-1.0, 4.0): 3.0}.get(tuple(values), 0.0)\n"
    result = grader.grade("test.total", fixed)
    assert [t["status"] for t in result["tests"]] == ["pass", "pass", "fail"]


def test_printed_output_is_captured_and_capped(grader):
    source = "import numpy as np\ndef total(values):\n    print('합계 계산 중' * 500)\n    return float(np.sum(values))\n"
    result = grader.grade("test.total", source)
    assert result["status"] == "pass"
    output = result["tests"][0]["output"]
    assert output.startswith("합계 계산 중") and "생략" in output and len(output) < 2200


def test_missing_return_is_named(grader):
    result = grader.grade("test.total", "import numpy as np\ndef total(values):\n    s = np.sum(values)\n")
    assert "return을 빠뜨리지" in result["tests"][0]["message"]


def test_missing_function_lists_what_was_defined(grader):
    result = grader.grade("test.total", "def sum_all(values):\n    return 0.0\n")
    assert result["status"] == "error"
    assert "total()를 찾을 수 없습니다" in result["message"] and "sum_all" in result["message"]


def test_syntax_error_names_the_line(grader):
    result = grader.grade("test.total", "def total(values):\n    return (1.0\n")
    assert result["status"] == "error" and "SyntaxError" in result["message"] and "2번째 줄" in result["message"]


def test_traceback_shows_only_learner_frames_and_a_hint_for_removed_apis(grader):
    source = (
        "import numpy as np\n"
        "def helper(v):\n    return np.float(v.sum())\n"
        "def total(values):\n    return helper(values)\n"
    )
    message = grader.grade("test.total", source)["tests"][0]["message"]
    assert 'File "solution.py", line 3, in helper' in message
    assert 'File "solution.py", line 5, in total' in message
    assert "site-packages" not in message and "quizapp" not in message
    assert "np.float" in message and "힌트" in message


def test_accepts_any_real_number_type_for_a_real_result(grader):
    for expr in ("float(np.sum(values))", "np.sum(values)", "np.asarray(np.sum(values))", "np.float32(np.sum(values))"):
        source = f"import numpy as np\ndef total(values):\n    return {expr}\n"
        result = grader.grade("test.total", source)
        assert result["status"] == "pass", (expr, result)
    wrong_type = grader.grade("test.total", "import numpy as np\ndef total(values):\n    return str(np.sum(values))\n")
    assert "실수 하나를 반환해야" in wrong_type["tests"][0]["message"]


# --- comparison messages (trusted side, no sandbox needed) ------------------------------
def test_dataframe_messages_name_column_row_and_values():
    want = pd.DataFrame({"name": ["a", "b", "c", "d"], "age": [20.0, 31.5, 40.0, 50.0]})
    got = want.copy()
    got.loc[1, "age"] = 31.0
    assert compare(want, got, Check()) == "'age' 열: 1번 행이 다릅니다: 기대 31.5, 받은 값 31"
    assert "빠진 열 ['age']" in compare(want, want[["name"]], Check())
    assert compare(want, want["age"], Check()).startswith("DataFrame을(를) 반환해야 하는데 Series을(를) 반환했습니다")
    assert "expected DataFrame, got Series" in compare(want, want["age"], Check())
    assert "자료형(dtype)" in compare(want, want.astype({"age": "int64"}), Check())


def test_array_messages_name_shape_and_first_differing_element():
    want = np.array([[1.0, 2.0], [3.0, 4.0]])
    assert compare(want, want.T.copy().reshape(4), Check()).startswith("모양(shape)이 다릅니다")
    got = want.copy()
    got[1, 0] = 9.0
    assert compare(want, got, Check()) == "(1, 0)번 원소가 다릅니다: 기대 3, 받은 값 9"


@pytest.mark.parametrize(
    "value",
    [1.5, 3, "글자", None, [1, 2.5], (1, "a"), {"a": 1}, np.float64(2.5), np.arange(6).reshape(2, 3),
     np.array(["x", None], dtype=object),
     pd.Series([1.0, np.nan], index=["a", "b"], name="s"),
     pd.DataFrame({"a": [1, 2], "b": ["x", None], "c": pd.Categorical(["u", "v"]),
                   "d": pd.to_datetime(["2026-01-01", "2026-02-01"])})],
)
def test_codec_round_trips_values_exactly(value):
    back = decode(encode(value))
    if isinstance(value, pd.DataFrame):
        pd.testing.assert_frame_equal(back, value)
    elif isinstance(value, pd.Series):
        pd.testing.assert_series_equal(back, value)
    elif isinstance(value, np.ndarray):
        np.testing.assert_array_equal(back, value)
        assert back.dtype == value.dtype
    else:
        assert back == value and type(back) is type(value)


def test_codec_never_hands_over_foreign_objects():
    class Sneaky(float):
        def __reduce__(self):  # would run code if anyone unpickled it
            return (print, ("pwned",))

    back = decode(encode([Sneaky(1.0), object()]))
    assert all(isinstance(v, Unsupported) for v in back)
    assert back[0].type_name.endswith("Sneaky")


# --- fallback -----------------------------------------------------------------------------
def test_without_kernel_features_grading_falls_back_and_says_so_once(tmp_path):
    code = (
        "from quizapp.grading.judge import Grader\n"
        "import tests.grading.conftest\n"
        "g = Grader(sandbox='off')\n"
        "ok = g.grade('test.total', 'import numpy as np\\ndef total(values):\\n    return float(np.sum(values))\\n')\n"
        "loop = g.grade('test.total', 'def total(values):\\n    while True: pass\\n')\n"
        "print(ok['status'], ok['sandbox'], loop['status'], len(g.notices))\n"
        "print(g.notices[0])\n"
        "g.close()\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120,
                         cwd=str(__import__("pathlib").Path(__file__).parents[2]))
    assert out.returncode == 0, out.stderr
    first, notice = out.stdout.splitlines()[:2]
    assert first == "pass subprocess error 1"
    assert "일반 하위 프로세스" in notice


def test_grader_in_the_cli_reports_json_and_exit_codes(tmp_path):
    good = tmp_path / "good.py"
    good.write_text("import numpy as np\ndef mse(y_true, y_pred):\n    return float(np.mean((y_true - y_pred) ** 2))\n")
    bad = tmp_path / "bad.py"
    bad.write_text("def mse(y_true, y_pred):\n    return 0.0\n")
    run = lambda *a: subprocess.run([sys.executable, "-m", "quizapp", "grade", *a], capture_output=True, text=True, timeout=120)  # noqa: E731
    one = run("dl.loss.mse", str(good), "--json")
    assert one.returncode == 0 and json.loads(one.stdout)["status"] == "pass"
    both = run("dl.loss.mse", str(good), str(bad), "--json")
    assert both.returncode == 1
    assert [r["status"] for r in json.loads(both.stdout)] == ["pass", "fail"]
    text = run("dl.loss.mse", str(bad))
    assert "실패" in text.stdout and "기대" in text.stdout
    assert run("no.such.drill", str(good)).returncode == 2
    assert run("dl.loss.mse", str(tmp_path / "missing.py")).returncode == 2


def test_grader_restarts_a_dead_worker():
    with Grader() as grader:
        grader.start()
        grader._proc.kill()
        grader._proc.wait()
        result = grader.grade("test.total", "import numpy as np\ndef total(values):\n    return float(np.sum(values))\n")
        assert result["status"] == "pass"
