"""Compare a learner's value with the reference's, in the trusted process, and say what differs.

The libraries' own testers decide (``numpy.testing``, ``pandas.testing``, ``torch.testing``);
the messages are ours, because "DataFrame.iloc[:, 1] (column name="age") are different" teaches
less than "'age' 열 3번 행: 기대 31.5, 받은 값 31.0".
"""

from __future__ import annotations

import math
import numbers
from typing import Any

from quizapp.grading.codec import Unsupported
from quizapp.grading.spec import Check

KOREAN_TYPE = {
    "NoneType": "None", "float": "실수(float)", "int": "정수(int)", "bool": "불리언(bool)", "str": "문자열(str)",
    "list": "리스트(list)", "tuple": "튜플(tuple)", "dict": "딕셔너리(dict)",
    "ndarray": "numpy 배열(ndarray)", "DataFrame": "DataFrame", "Series": "Series", "Tensor": "torch.Tensor",
}


def kind_of(value: Any) -> str:
    if isinstance(value, Unsupported):
        return value.type_name
    name = type(value).__name__
    if name in ("float64", "float32", "float16", "int64", "int32", "int16", "int8", "uint8", "bool_"):
        return f"numpy.{name}"
    return name


def describe(value: Any) -> str:
    kind = kind_of(value)
    return KOREAN_TYPE.get(kind, kind)


def fmt(value: Any) -> str:
    if isinstance(value, float) or type(value).__module__ == "numpy" and hasattr(value, "dtype") and value.shape == ():
        try:
            return f"{float(value):.6g}"
        except (TypeError, ValueError):
            return repr(value)
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "…"


def _is_real(value: Any) -> bool:
    import numpy as np

    if isinstance(value, bool) or isinstance(value, np.bool_):
        return False
    if type(value) in (int, float):
        return True
    if isinstance(value, np.generic) and isinstance(value, (np.integer, np.floating)):
        return True
    return type(value) is np.ndarray and value.shape == () and value.dtype.kind in "iuf"


def _is_integer(value: Any) -> bool:
    import numpy as np

    if isinstance(value, (bool, np.bool_)):
        return False
    return type(value) is int or isinstance(value, np.integer) or (
        type(value) is np.ndarray and value.shape == () and value.dtype.kind in "iu"
    )


def compare(expected: Any, got: Any, check: Check, *, what: str = "반환값") -> str | None:
    """None when ``got`` matches ``expected``; otherwise a Korean message naming the difference."""
    if isinstance(got, Unsupported):
        reason = f" ({got.reason})" if got.reason else ""
        return f"{what}의 자료형 {got.type_name}은(는) 받을 수 없습니다{reason}: {describe(expected)}이어야 합니다"
    if got is None and expected is not None:
        return "함수가 None을 반환했습니다: return을 빠뜨리지 않았나요? (the function returned None)"
    if check.returns == "real" and what == "반환값":
        return _compare_real(expected, got, check)
    if check.returns == "int" and what == "반환값":
        if not _is_integer(got):
            return f"정수를 반환해야 하는데 {describe(got)}을(를) 반환했습니다 (expected int, got {kind_of(got)})"
        return None if int(got) == int(expected) else f"값이 다릅니다: 기대 {int(expected)}, 받은 값 {int(got)}"
    # A number is a number: Python and numpy scalars of the same family are interchangeable.
    if _is_real(expected) and not _is_integer(expected):
        return _compare_real(expected, got, check)
    if _is_integer(expected) and what != "입력":
        if not _is_integer(got):
            return f"정수여야 하는데 {describe(got)}입니다 (expected an integer, got {kind_of(got)})"
        return None if int(got) == int(expected) else f"값이 다릅니다: 기대 {int(expected)}, 받은 값 {int(got)}"
    if kind_of(expected) != kind_of(got):
        return (f"{describe(expected)}을(를) 반환해야 하는데 {describe(got)}을(를) 반환했습니다 "
                f"(expected {kind_of(expected)}, got {kind_of(got)})")
    return _compare_same_kind(expected, got, check)


def _compare_real(expected: Any, got: Any, check: Check) -> str | None:
    if not _is_real(got):
        return f"실수 하나를 반환해야 하는데 {describe(got)}을(를) 반환했습니다 (expected a real number, got {kind_of(got)})"
    value = float(got)
    want = float(expected)
    if math.isnan(want) and math.isnan(value):
        return None
    if math.isclose(value, want, rel_tol=check.rtol, abs_tol=check.atol):
        return None
    return f"값이 다릅니다: 기대 {want:.6g}, 받은 값 {value:.6g}"


def _compare_same_kind(expected: Any, got: Any, check: Check) -> str | None:
    kind = kind_of(expected)
    if kind in ("float",) or kind.startswith("numpy.float"):
        return _compare_real(expected, got, check)
    if kind in ("int", "bool", "str", "NoneType") or kind.startswith("numpy."):
        return None if expected == got else f"값이 다릅니다: 기대 {fmt(expected)}, 받은 값 {fmt(got)}"
    if kind in ("list", "tuple"):
        if len(expected) != len(got):
            return f"길이가 다릅니다: 기대 {len(expected)}개, 받은 값 {len(got)}개"
        for i, (e, g) in enumerate(zip(expected, got)):
            message = compare(e, g, check, what=f"{i}번째 원소")
            if message:
                return f"{i}번째 원소: {message}"
        return None
    if kind == "dict":
        if set(expected) != set(got):
            missing, extra = sorted(map(str, set(expected) - set(got))), sorted(map(str, set(got) - set(expected)))
            return f"키가 다릅니다: 빠진 키 {missing}, 남는 키 {extra}"
        for key in expected:
            message = compare(expected[key], got[key], check, what=f"키 {key!r}")
            if message:
                return f"키 {key!r}: {message}"
        return None
    if kind == "ndarray":
        return compare_arrays(expected, got, check)
    if kind == "DataFrame":
        return compare_frames(expected, got, check)
    if kind == "Series":
        return compare_series(expected, got, check)
    if kind == "Tensor":
        return compare_tensors(expected, got, check)
    return None if expected == got else f"값이 다릅니다: 기대 {fmt(expected)}, 받은 값 {fmt(got)}"


def _first_difference(expected: Any, got: Any, check: Check) -> tuple[tuple[int, ...], Any, Any] | None:
    import numpy as np

    if expected.dtype.kind in "fc" or got.dtype.kind in "fc":
        try:
            close = np.isclose(got.astype(float), expected.astype(float), rtol=check.rtol, atol=check.atol, equal_nan=True)
        except (TypeError, ValueError):
            close = expected == got
    else:
        close = np.asarray(expected == got)
    if close.shape != expected.shape:
        close = np.broadcast_to(close, expected.shape)
    bad = np.argwhere(~close)
    if not len(bad):
        return None
    where = tuple(int(i) for i in bad[0])
    return where, expected[where], got[where]


def compare_arrays(expected: Any, got: Any, check: Check, *, label: str = "") -> str | None:
    import numpy as np

    if expected.shape != got.shape:
        return f"{label}모양(shape)이 다릅니다: 기대 {expected.shape}, 받은 값 {got.shape}"
    if check.check_dtype and expected.dtype.kind != got.dtype.kind:
        return f"{label}자료형(dtype)이 다릅니다: 기대 {expected.dtype}, 받은 값 {got.dtype}"
    try:
        if expected.dtype.kind in "fc":
            np.testing.assert_allclose(got, expected, rtol=check.rtol, atol=check.atol, equal_nan=True)
        else:
            np.testing.assert_array_equal(got, expected)
        return None
    except (AssertionError, TypeError, ValueError):
        found = _first_difference(expected, got, check)
        if found is None:
            return f"{label}값이 다릅니다"
        where, want, value = found
        if not where:  # a 0-d array or tensor: one number
            return f"{label}값이 다릅니다: 기대 {fmt(want)}, 받은 값 {fmt(value)}"
        index = where[0] if len(where) == 1 else where
        return f"{label}{index}번 원소가 다릅니다: 기대 {fmt(want)}, 받은 값 {fmt(value)}"


def compare_series(expected: Any, got: Any, check: Check, *, label: str = "") -> str | None:
    import pandas as pd

    if len(expected) != len(got):
        return f"{label}길이가 다릅니다: 기대 {len(expected)}행, 받은 값 {len(got)}행"
    if check.check_dtype and expected.dtype != got.dtype:
        return f"{label}자료형(dtype)이 다릅니다: 기대 {expected.dtype}, 받은 값 {got.dtype}"
    if check.check_index and not expected.index.equals(got.index):
        return f"{label}인덱스가 다릅니다: 기대 {list(expected.index[:5])}…, 받은 값 {list(got.index[:5])}…"
    try:
        pd.testing.assert_series_equal(got, expected, check_dtype=check.check_dtype, check_index=check.check_index,
                                       check_names=False, rtol=check.rtol, atol=check.atol)
        return None
    except AssertionError:
        pass
    for row, (want, value) in enumerate(zip(expected.tolist(), got.tolist())):
        if not _same_cell(want, value, check):
            where = expected.index[row]
            where = where.item() if hasattr(where, "item") else where
            return f"{label}{where!r}번 행이 다릅니다: 기대 {fmt(want)}, 받은 값 {fmt(value)}"
    return f"{label}값이 다릅니다"


def _same_cell(want: Any, value: Any, check: Check) -> bool:
    try:
        if want is None or value is None:
            return want is value
        if isinstance(want, float) and math.isnan(want):
            return isinstance(value, float) and math.isnan(value)
        if isinstance(want, numbers.Real) and isinstance(value, numbers.Real) and not isinstance(want, bool):
            return math.isclose(float(want), float(value), rel_tol=check.rtol, abs_tol=check.atol)
        return bool(want == value)
    except (TypeError, ValueError):
        return False


def compare_frames(expected: Any, got: Any, check: Check) -> str | None:
    import pandas as pd

    want_cols, got_cols = list(expected.columns), list(got.columns)
    if set(map(str, want_cols)) != set(map(str, got_cols)):
        missing = [c for c in want_cols if c not in got_cols]
        extra = [c for c in got_cols if c not in want_cols]
        return f"열이 다릅니다: 빠진 열 {missing}, 남는 열 {extra}"
    if not check.check_like and want_cols != got_cols:
        return f"열 순서가 다릅니다: 기대 {want_cols}, 받은 값 {got_cols}"
    if expected.shape[0] != got.shape[0]:
        return f"행 수가 다릅니다: 기대 {expected.shape[0]}행, 받은 값 {got.shape[0]}행"
    if check.check_like:
        got = got[want_cols]
        if check.check_index:
            got = got.reindex(expected.index) if set(got.index) == set(expected.index) else got
    try:
        pd.testing.assert_frame_equal(got, expected, check_dtype=check.check_dtype, check_index_type=False,
                                      check_like=False, rtol=check.rtol, atol=check.atol,
                                      check_names=True)
        return None
    except AssertionError:
        pass
    if check.check_index and not expected.index.equals(got.index):
        return f"인덱스가 다릅니다: 기대 {list(expected.index[:5])}…, 받은 값 {list(got.index[:5])}…"
    for column in want_cols:
        message = compare_series(expected[column], got[column], check, label=f"'{column}' 열: ")
        if message:
            return message
    return "값이 다릅니다"


def compare_tensors(expected: Any, got: Any, check: Check) -> str | None:
    import torch

    if tuple(expected.shape) != tuple(got.shape):
        return f"모양(shape)이 다릅니다: 기대 {tuple(expected.shape)}, 받은 값 {tuple(got.shape)}"
    if check.check_dtype and expected.dtype != got.dtype:
        return f"자료형(dtype)이 다릅니다: 기대 {expected.dtype}, 받은 값 {got.dtype}"
    try:
        torch.testing.assert_close(got.detach(), expected.detach(), rtol=check.rtol, atol=check.atol,
                                   check_dtype=check.check_dtype, equal_nan=True)
        return None
    except AssertionError:
        return compare_arrays(expected.detach().numpy(), got.detach().numpy(), check)
