"""pandas cleaning, encoding, scaling and transformation drills (``prep.*``)."""

from __future__ import annotations

import numpy as np
import pandas as pd
from scipy import stats

from quizapp.grading.spec import Case, Check, drill

FRAME = Check(rtol=1e-9, atol=1e-12)
NEW_FRAME = Check(rtol=1e-9, atol=1e-12, new_object=True)
CITIES = ["서울", "부산", "대구", "광주", "대전"]
GRADES = ["A", "B", "C", "D"]


# --- outliers: z-score filter --------------------------------------------------------------
def _zscore_edge():
    # the lone 20 has |z| = 9/sqrt(10) ≈ 2.85 with ddof=1 but exactly 3.0 with ddof=0: 2.9 separates them
    yield Case("표본표준편차로는 이상값 아님 (기준 2.9)", (pd.DataFrame({
        "id": np.arange(1, 11),
        "value": [10.0, 10.0, 10.0, 10.0, 10.0, 10.0, 10.0, 10.0, 10.0, 20.0],
    }), "value", 2.9))
    yield Case("위·아래 이상값, 결측 행은 남김", (pd.DataFrame({
        "name": ["가", "나", "다", "라", "마", "바", "사", "아", "자", "차", "카", "타"],
        "value": [50.0, 52.0, 49.0, 51.0, np.nan, 50.0, 48.0, 53.0, 95.0, 50.0, 5.0, 51.0],
    }, index=np.arange(100, 112)), "value", 2.0))
    yield Case("이상값 없음", (pd.DataFrame({"score": [1.0, 2.0, 3.0, 4.0, 5.0], "g": list("abcde")}), "score", 3.0))
    yield Case("다른 열 기준 (기준 2.5)", (pd.DataFrame({
        "x": [100.0, -100.0, 0.0, 5.0, 3.0, 2.0, 1.0, 4.0],
        "y": [1.0, 2.0, 1.5, 2.5, 1.0, 2.0, 9.0, 1.5],
    }), "y", 2.5))  # the 9.0 has |z| ≈ 2.43 with ddof=1, ≈ 2.60 with ddof=0


def _zscore_random(rng):
    n = int(rng.integers(30, 50))
    values = rng.normal(100, 15, n).round(1)
    values[rng.choice(n, 3, replace=False)] += rng.choice([-70.0, 70.0], 3)
    values[rng.choice(n, 2, replace=False)] = np.nan
    frame = pd.DataFrame({"id": np.arange(n), "city": rng.choice(CITIES, n), "income": values})
    yield Case(f"{n}행, 기준 2.5", (frame, "income", 2.5))


@drill("prep.outlier.zscore_filter", edge=_zscore_edge, random=_zscore_random, libs=("numpy", "pandas"),
       check=NEW_FRAME)
def drop_zscore_outliers(df, col, threshold):
    s = df[col]
    z = (s - s.mean()) / s.std()
    return df[~(z.abs() > threshold)]


# --- duplicates: keep each customer's latest record ------------------------------------------
def _visits(ids, dates, amounts, index=None):
    # dates stay "YYYY-MM-DD" strings: a datetime64 input gets a cached attribute filled in by sort_values,
    # which the sandbox's before/after pickle comparison reports as "input was modified"
    return pd.DataFrame({"cust_id": ids, "visit_date": list(dates), "amount": amounts}, index=index)


def _dedup_edge():
    yield Case("날짜가 뒤섞인 방문 기록", (_visits(
        [1, 2, 1, 3, 2, 1],
        ["2024-03-05", "2024-01-10", "2024-01-02", "2024-02-20", "2024-02-01", "2024-02-14"],
        [100, 200, 110, 300, 210, 120],
    ),))
    yield Case("고객마다 한 건 (중복 없음)", (_visits([7, 5, 9], ["2024-05-01", "2024-04-01", "2024-06-01"], [1, 2, 3],
                                             index=[10, 20, 30]),))
    yield Case("최근 기록이 맨 앞", (_visits(
        [4, 4, 4, 8, 8],
        ["2023-12-31", "2023-06-30", "2023-09-15", "2024-01-01", "2023-01-01"],
        [40, 41, 42, 80, 81],
    ),))


def _dedup_random(rng):
    n = int(rng.integers(20, 35))
    start = pd.Timestamp("2023-01-01")
    days = rng.choice(500, n, replace=False)  # no two visits on the same day
    dates = (start + pd.to_timedelta(days, unit="D")).strftime("%Y-%m-%d")
    frame = _visits(rng.integers(1, 9, n), dates, rng.integers(1, 100, n) * 100)
    frame["channel"] = rng.choice(["앱", "웹", "매장"], n)
    yield Case(f"방문 {n}건, 고객 8명 이하", (frame,))


@drill("prep.dedup.latest", edge=_dedup_edge, random=_dedup_random, libs=("numpy", "pandas"),
       check=Check(rtol=1e-9, atol=1e-12, check_like=True))
def latest_visits(df):
    ordered = df.sort_values("visit_date")
    return ordered.drop_duplicates(subset="cust_id", keep="last")


# --- type conversion -------------------------------------------------------------------------
def _types_edge():
    yield Case("쉼표·빈 문자열·'없음'", (pd.DataFrame({
        "item": ["사과", "배", "감", "귤"],
        "price": ["1,200", "없음", "", "35000"],
        "qty": [3.0, 10.0, 1.0, 1200.0],
        "grade": ["B", "A", "B", "C"],
    }),))
    yield Case("소수점·음수·결측(None)", (pd.DataFrame({
        "price": ["12.5", "-3", None, "1,000,000.25", "N/A"],
        "grade": ["상", "하", "중", "하", "상"],
        "qty": [0.0, 2.0, 7.0, 5.0, 4.0],
    }, index=[5, 3, 1, 4, 2]),))
    yield Case("grade에 결측", (pd.DataFrame({
        "qty": [2.0, 4.0, 6.0],
        "grade": ["C", None, "A"],
        "price": ["2,500", "x", "700"],
    }),))


def _types_random(rng):
    n = int(rng.integers(10, 20))
    raw = rng.integers(1, 5000, n) * 10
    price = [f"{v:,}" for v in raw]
    for i in rng.choice(n, 3, replace=False):
        price[i] = str(rng.choice(["", "없음", "-", "?"]))
    frame = pd.DataFrame({
        "id": np.arange(1, n + 1),
        "price": price,
        "qty": rng.integers(0, 50, n).astype(float),
        "grade": rng.choice(GRADES, n),
    })
    yield Case(f"{n}행", (frame,))


@drill("prep.types.convert", edge=_types_edge, random=_types_random, libs=("numpy", "pandas"), check=NEW_FRAME)
def convert_types(df):
    out = df.copy()
    out["price"] = pd.to_numeric(out["price"].str.replace(",", ""), errors="coerce").astype("float64")
    out["qty"] = out["qty"].astype("int64")
    out["grade"] = out["grade"].astype("category")
    return out


# --- one-hot encoding ------------------------------------------------------------------------
def _dummies_edge():
    yield Case("범주형 열 두 개", (pd.DataFrame({
        "age": [23, 35, 41, 29],
        "city": ["서울", "부산", "서울", "대구"],
        "gender": ["F", "M", "M", "F"],
    }), ["city", "gender"]))
    yield Case("숫자 코드도 범주로", (pd.DataFrame({
        "grade": [3, 1, 2, 3, 1],
        "color": ["red", "blue", "red", "green", "blue"],
        "price": [1.5, 2.0, 3.5, 4.0, 5.5],
    }, index=[10, 11, 12, 13, 14]), ["grade"]))
    yield Case("값이 하나뿐인 범주 (열이 사라짐)", (pd.DataFrame({
        "kind": ["x", "x", "x"],
        "size": ["L", "S", "M"],
    }), ["kind", "size"]))


def _dummies_random(rng):
    n = int(rng.integers(12, 25))
    frame = pd.DataFrame({
        "id": np.arange(n),
        "city": rng.choice(CITIES, n),
        "grade": rng.choice(GRADES, n),
        "score": rng.normal(60, 10, n).round(1),
    })
    yield Case(f"{n}행, 열 두 개 인코딩", (frame, ["city", "grade"]))


@drill("prep.encode.get_dummies", edge=_dummies_edge, random=_dummies_random, libs=("numpy", "pandas"),
       check=Check(rtol=1e-9, atol=1e-12, check_like=True))
def one_hot(df, cols):
    return pd.get_dummies(df, columns=cols, drop_first=True, dtype=int)


# --- standard scaling fitted on the training set ---------------------------------------------
def _standard_edge():
    train = pd.DataFrame({"x": [1.0, 2.0, 3.0, 4.0], "y": [10.0, 10.0, 20.0, 40.0]})
    test = pd.DataFrame({"x": [2.5, 5.0], "y": [0.0, 30.0]}, index=[100, 101])
    yield Case("작은 훈련·평가 표", (train, test))
    train = pd.DataFrame({"height": [150.0, 160.0, 170.0], "weight": [50.0, 65.0, 62.0], "age": [20, 30, 40]})
    test = pd.DataFrame({"height": [165.0, 180.0, 155.0, 172.0], "weight": [70.0, 55.0, 58.0, 90.0],
                         "age": [25, 60, 18, 33]})
    yield Case("정수 열 포함, 평가 표가 더 큼", (train, test))
    train = pd.DataFrame({"v": [0.0, 10.0]})
    test = pd.DataFrame({"v": [5.0, 5.0, 20.0]})
    yield Case("훈련 두 행", (train, test))


def _standard_random(rng):
    n_train, n_test = int(rng.integers(8, 20)), int(rng.integers(3, 8))
    n = n_train + n_test
    frame = pd.DataFrame({
        "income": rng.lognormal(8, 0.4, n).round(0),
        "score": rng.normal(70, 12, n).round(2),
        "visits": rng.integers(0, 30, n),
    })
    order = rng.permutation(n)
    yield Case(f"훈련 {n_train}행, 평가 {n_test}행", (frame.iloc[order[:n_train]], frame.iloc[order[n_train:]]))


@drill("prep.scale.standard", edge=_standard_edge, random=_standard_random, libs=("numpy", "pandas"), check=FRAME)
def standard_scale(train, test):
    mean = train.mean()
    std = train.std(ddof=0)
    return (train - mean) / std, (test - mean) / std


# --- min-max scaling to a range --------------------------------------------------------------
def _minmax_edge():
    yield Case("기본 범위 0~1", (pd.DataFrame({"a": [1.0, 3.0, 5.0], "b": [10, 20, 40], "memo": ["x", "y", "z"]}),
                                ["a", "b"]))
    yield Case("범위 -1~1, 결측 포함", (pd.DataFrame({
        "score": [50.0, np.nan, 100.0, 75.0, 60.0],
        "age": [20, 30, 40, 50, 60],
    }), ["score"]), {"low": -1.0, "high": 1.0})
    yield Case("범위 10~20, 음수 값", (pd.DataFrame({
        "temp": [-5.0, 0.0, 15.0, 35.0],
        "rain": [0.0, 2.5, 10.0, 1.0],
    }, index=[4, 3, 2, 1]), ["temp", "rain"]), {"low": 10.0, "high": 20.0})


def _minmax_random(rng):
    n = int(rng.integers(10, 25))
    frame = pd.DataFrame({
        "id": np.arange(n),
        "height": rng.normal(170, 8, n).round(1),
        "weight": rng.normal(65, 10, n).round(1),
        "city": rng.choice(CITIES, n),
    })
    frame.loc[rng.choice(n, 2, replace=False), "weight"] = np.nan
    low = float(rng.choice([0.0, -1.0, 1.0]))
    high = low + float(rng.choice([1.0, 2.0, 5.0]))
    yield Case(f"{n}행, 범위 {low:g}~{high:g}", (frame, ["height", "weight"]), {"low": low, "high": high})


@drill("prep.scale.minmax", edge=_minmax_edge, random=_minmax_random, libs=("numpy", "pandas"), check=NEW_FRAME)
def minmax_columns(df, cols, low=0.0, high=1.0):
    out = df.copy()
    for col in cols:
        s = out[col]
        out[col] = (s - s.min()) / (s.max() - s.min()) * (high - low) + low
    return out


# --- robust scaling --------------------------------------------------------------------------
def _robust_edge():
    yield Case("큰 이상값 하나", (pd.DataFrame({"x": [1.0, 2.0, 3.0, 4.0, 100.0]}),))
    yield Case("짝수 개·결측 포함", (pd.DataFrame({
        "a": [10.0, 20.0, np.nan, 40.0, 50.0, 60.0],
        "b": [1, 1, 2, 3, 5, 8],
    }, index=list("uvwxyz")),))
    yield Case("한쪽으로 치우친 값", (pd.DataFrame({"income": [200.0, 220.0, 250.0, 260.0, 300.0, 900.0, 5000.0]}),))


def _robust_random(rng):
    n = int(rng.integers(15, 40))
    frame = pd.DataFrame({
        "income": rng.lognormal(8, 0.8, n).round(0),
        "age": rng.integers(20, 70, n),
        "score": rng.normal(50, 10, n).round(2),
    })
    frame.loc[rng.choice(n, 2, replace=False), "score"] = np.nan
    yield Case(f"{n}행, 숫자 열 세 개", (frame,))


@drill("prep.scale.robust", edge=_robust_edge, random=_robust_random, libs=("numpy", "pandas"), check=NEW_FRAME)
def robust_scale(df):
    median = df.median()
    iqr = df.quantile(0.75) - df.quantile(0.25)
    return (df - median) / iqr


# --- log1p on right-skewed columns -----------------------------------------------------------
def _log1p_edge():
    yield Case("0이 있는 치우친 열", (pd.DataFrame({
        "sales": [0.0, 1.0, 2.0, 3.0, 2.0, 1.0, 50.0, 0.0],
        "temp": [20.0, 21.0, 19.0, 22.0, 20.5, 21.5, 19.5, 20.0],
    }), 1.0))
    yield Case("왼쪽으로 치우친 열은 그대로", (pd.DataFrame({
        "exam": [100.0, 98.0, 99.0, 97.0, 100.0, 40.0, 96.0],
        "count": [0, 1, 0, 2, 1, 0, 30],
        "city": ["서울", "부산", "서울", "대구", "부산", "서울", "광주"],
    }), 1.0))
    yield Case("기준 0.5", (pd.DataFrame({
        "a": [1.0, 2.0, 2.0, 3.0, 3.0, 3.0, 4.0, 9.0],
        "b": [1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0],
    }, index=np.arange(8, 0, -1)), 0.5))


def _log1p_random(rng):
    n = 40
    while True:
        frame = pd.DataFrame({
            "income": rng.lognormal(7, 1.0, n).round(0),
            "height": rng.normal(170, 6, n).round(1),
            "visits": rng.poisson(0.7, n) * rng.integers(1, 20, n),
            "score": (100 - rng.exponential(8, n)).round(1),
            "grade": rng.choice(GRADES, n),
        })
        # keep every skewness clearly away from the threshold, so other skewness formulas agree
        if (frame.skew(numeric_only=True) - 1.0).abs().min() > 0.3:
            break
    yield Case("40행, 분포가 다른 열 네 개", (frame, 1.0))


@drill("prep.transform.log1p_skewed", edge=_log1p_edge, random=_log1p_random, libs=("numpy", "pandas"),
       check=NEW_FRAME)
def log1p_skewed(df, threshold):
    out = df.copy()
    for col in out.select_dtypes(include="number").columns:
        if out[col].skew() > threshold:
            out[col] = np.log1p(out[col])
    return out


# --- Box-Cox -----------------------------------------------------------------------------------
def _boxcox_edge():
    values = pd.Series([1.0, 2.0, 4.0, 8.0, 16.0, 3.0], name="sales")
    yield Case("람다 0 (로그 변환)", (values, 0.0))
    yield Case("람다 0.5", (pd.Series([0.25, 1.0, 4.0, 9.0], index=[3, 1, 4, 2], name="area"), 0.5))
    yield Case("람다 -1", (pd.Series([1.0, 2.0, 5.0, 10.0], name="t"),), {"lmbda": -1.0})
    yield Case("람다 추정 (최대우도)", (pd.Series([1.2, 3.5, 2.2, 8.9, 15.0, 1.1, 4.4, 30.2, 2.8], name="price"),))


def _boxcox_random(rng):
    n = int(rng.integers(20, 40))
    s = pd.Series(rng.lognormal(2, 0.7, n).round(2) + 0.01, name="income")
    yield Case(f"{n}개, 람다 추정", (s,))
    yield Case(f"{n}개, 람다 {0.25:g}", (s, 0.25))


@drill("prep.transform.boxcox", edge=_boxcox_edge, random=_boxcox_random, libs=("numpy", "pandas", "scipy"),
       check=Check(rtol=1e-6, atol=1e-9))
def boxcox_series(s, lmbda=None):
    x = s.to_numpy(dtype=float)
    if lmbda is None:
        values, _ = stats.boxcox(x)
    else:
        values = stats.boxcox(x, lmbda=lmbda)
    return pd.Series(values, index=s.index, name=s.name)


# --- missing values: drop sparse rows, then mean / mode fill ----------------------------------
def _missing_edge():
    yield Case("값이 하나뿐인 행은 삭제 (thresh=2)", (pd.DataFrame({
        "age": [25.0, np.nan, 40.0, np.nan, 31.0],
        "city": ["서울", "부산", None, "부산", "서울"],
        "job": ["학생", None, "회사원", None, "학생"],
    }), 2))
    yield Case("삭제 후에 최빈값이 바뀜", (pd.DataFrame({
        "income": [300.0, np.nan, np.nan, 250.0, np.nan, 500.0, 420.0],
        "city": ["대구", "서울", "서울", None, "서울", "대구", None],
        "score": [np.nan, np.nan, np.nan, 70.0, np.nan, 90.0, 60.0],
    }, index=[10, 11, 12, 13, 14, 15, 16]), 2))
    yield Case("thresh=3, 숫자 결측은 평균", (pd.DataFrame({
        "a": [1.0, 2.0, np.nan, 4.0, np.nan],
        "b": [10.0, np.nan, 30.0, 40.0, 50.0],
        "c": ["x", "y", "y", None, None],
        "d": [np.nan, 5.0, 6.0, 7.0, 8.0],
    }), 3))


def _missing_random(rng):
    n = 25
    while True:
        frame = pd.DataFrame({
            "age": rng.integers(20, 70, n).astype(float),
            "income": rng.normal(400, 80, n).round(0),
            "city": rng.choice(["서울", "서울", "부산", "대구"], n),
            "grade": rng.choice(["A", "A", "B", "C"], n),
        })
        for col in frame.columns:
            frame.loc[rng.choice(n, 6, replace=False), col] = np.nan if frame[col].dtype.kind == "f" else None
        kept = frame.dropna(thresh=3)
        if all(len(kept[col].mode()) == 1 for col in ("city", "grade")):  # no tie for the most frequent value
            break
    yield Case("25행, 열마다 결측 6개, thresh=3", (frame, 3))


@drill("prep.missing.thresh_mode", edge=_missing_edge, random=_missing_random, libs=("numpy", "pandas"),
       check=NEW_FRAME)
def clean_missing(df, thresh):
    out = df.dropna(thresh=thresh).copy()
    for col in out.columns:
        if pd.api.types.is_numeric_dtype(out[col]):
            out[col] = out[col].fillna(out[col].mean())
        else:
            out[col] = out[col].fillna(out[col].mode()[0])
    return out
