"""pandas preprocessing drills (``prep.*``)."""

from __future__ import annotations

import numpy as np
import pandas as pd

from quizapp.grading.spec import Case, Check, drill

FRAME = Check(rtol=1e-9, atol=1e-12, new_object=True)


def _fill_median_edge():
    yield Case("숫자 열 하나", (pd.DataFrame({"age": [20.0, np.nan, 40.0, 30.0]}),))
    yield Case(
        "문자 열은 그대로",
        (pd.DataFrame({"name": ["가", None, "다", "라"], "score": [1.0, 2.0, np.nan, 10.0], "n": [1, 2, 3, 4]}),),
    )
    yield Case("짝수 개의 중앙값", (pd.DataFrame({"x": [1.0, 2.0, 3.0, 4.0, np.nan], "y": [np.nan, 5.0, 5.0, 6.0, 7.0]}),))
    yield Case("결측 없는 표", (pd.DataFrame({"a": [3.0, 1.0, 2.0]}, index=[10, 20, 30]),))


def _fill_median_random(rng):
    n = 30
    frame = pd.DataFrame({
        "id": np.arange(1, n + 1),
        "income": rng.lognormal(8, 0.6, n).round(1),
        "score": rng.normal(70, 12, n).round(2),
        "city": rng.choice(["서울", "부산", "대전"], n),
    })
    for column in ("income", "score"):
        frame.loc[rng.choice(n, 5, replace=False), column] = np.nan
    frame.loc[rng.choice(n, 3, replace=False), "city"] = None
    yield Case("무작위 표 (숫자·문자 혼합)", (frame,))


@drill("prep.fill_median", edge=_fill_median_edge, random=_fill_median_random, libs=("numpy", "pandas"), check=FRAME)
def fill_median(df):
    out = df.copy()
    numeric = out.select_dtypes(include="number").columns
    out[numeric] = out[numeric].fillna(out[numeric].median())
    return out


def _iqr_edge():
    yield Case("이상값 없음", (pd.Series([1.0, 2.0, 3.0, 4.0, 5.0]),))
    yield Case("위쪽 이상값 하나", (pd.Series([10, 12, 11, 13, 12, 95]),))
    yield Case("양쪽 이상값", (pd.Series([-50.0, 1.0, 2.0, 2.0, 3.0, 3.0, 4.0, 60.0]),))
    yield Case("결측값 포함", (pd.Series([1.0, np.nan, 2.0, 2.5, 3.0, 40.0]),))
    yield Case("경계값은 이상값이 아님", (pd.Series([1.0, 2.0, 2.0, 3.0, 3.0, 4.0, 4.0, 5.0, -1.0, 7.0]),))


def _iqr_random(rng):
    for n in (25, 80):
        values = rng.normal(50, 10, n)
        values[rng.choice(n, 3, replace=False)] += rng.choice([-60, 60], 3)
        yield Case(f"길이 {n}", (pd.Series(values.round(2)),))


@drill("prep.iqr_outlier_count", edge=_iqr_edge, random=_iqr_random, libs=("numpy", "pandas"),
       check=Check(returns="int"))
def iqr_outlier_count(s):
    q1, q3 = s.quantile(0.25), s.quantile(0.75)
    iqr = q3 - q1
    outside = (s < q1 - 1.5 * iqr) | (s > q3 + 1.5 * iqr)
    return int(outside.sum())
