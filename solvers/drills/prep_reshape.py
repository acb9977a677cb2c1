"""pandas reshaping, grouping, dates and sampling drills (``prep.*``)."""

from __future__ import annotations

import numpy as np
import pandas as pd

from quizapp.grading.spec import Case, Check, drill

FRAME = Check(rtol=1e-9, atol=1e-12)
NEW_FRAME = Check(rtol=1e-9, atol=1e-12, new_object=True)
STORES = ["강남", "잠실", "홍대", "신촌", "판교"]
DEPTS = ["영업", "개발", "인사", "재무"]
REGIONS = ["서울", "부산", "대구", "광주", "대전"]


def _random_dates(rng, n: int, start: str, days: int) -> pd.Series:
    offsets = rng.integers(0, days, n)
    return pd.Series(pd.Timestamp(start) + pd.to_timedelta(offsets, unit="D"))


# --- merge ---------------------------------------------------------------------------------
def _merge_edge():
    orders = pd.DataFrame({
        "order_id": [1, 2, 3, 4, 5],
        "cust_id": [10, 11, 10, 99, 12],
        "region": ["서울", "부산", "대구", "서울", "광주"],
        "amount": [12000, 8000, 15000, 3000, 22000],
    })
    customers = pd.DataFrame({
        "cust_id": [10, 11, 12, 13],
        "name": ["김민수", "이서연", "박지훈", "최유진"],
        "region": ["서울", "서울", "광주", "대전"],
        "age": [34, 28, 45, 51],
    })
    yield Case("고객 정보가 없는 주문 포함", (orders, customers))
    yield Case("모든 주문이 고객과 연결됨", (orders[orders["cust_id"] != 99].reset_index(drop=True), customers))
    first_unmatched = pd.DataFrame({
        "order_id": [7, 8, 9],
        "cust_id": [50, 51, 10],
        "region": ["부산", "부산", "서울"],
        "amount": [1000, 2000, 3000],
    })
    yield Case("앞쪽 주문 두 건이 연결되지 않음", (first_unmatched, customers))


def _merge_random(rng):
    n_orders = int(rng.integers(15, 25))
    ids = np.arange(1, 11)
    known = np.sort(rng.choice(ids, 7, replace=False))
    orders = pd.DataFrame({
        "order_id": np.arange(1001, 1001 + n_orders),
        "cust_id": rng.choice(ids, n_orders),
        "region": rng.choice(REGIONS, n_orders),
        "amount": rng.integers(1, 50, n_orders) * 1000,
    })
    customers = pd.DataFrame({
        "cust_id": rng.permutation(known),
        "name": [f"고객{i}" for i in range(len(known))],
        "region": rng.choice(REGIONS, len(known)),
        "age": rng.integers(20, 70, len(known)),
    })
    yield Case(f"주문 {n_orders}건, 고객 7명", (orders, customers))


@drill("prep.merge.left_indicator", edge=_merge_edge, random=_merge_random, libs=("numpy", "pandas"),
       check=Check(rtol=1e-9, atol=1e-12, check_like=True))
def merge_customers(orders, customers):
    return orders.merge(customers, on="cust_id", how="left", suffixes=("_order", "_cust"), indicator=True)


# --- pivot_table -----------------------------------------------------------------------------
def _pivot_edge():
    full = pd.DataFrame({
        "store": ["강남", "강남", "강남", "잠실", "잠실", "강남", "잠실"],
        "month": [1, 1, 2, 1, 2, 2, 2],
        "sales": [100.0, 50.0, 80.0, 70.0, 30.0, 20.0, 40.0],
    })
    yield Case("한 칸에 거래가 여러 건", (full,))
    sparse = pd.DataFrame({
        "store": ["홍대", "강남", "홍대", "잠실", "홍대"],
        "month": [3, 1, 3, 2, 1],
        "sales": [10.5, 200.0, 4.5, 60.0, 7.0],
    })
    yield Case("거래가 없는 칸은 0", (sparse,))
    yield Case("점포 하나, 달 하나", (pd.DataFrame({"store": ["신촌", "신촌"], "month": [5, 5], "sales": [1.25, 2.5]}),))


def _pivot_random(rng):
    n = int(rng.integers(12, 30))
    frame = pd.DataFrame({
        "store": rng.choice(STORES[:4], n),
        "month": rng.integers(1, 7, n),
        "sales": (rng.gamma(2.0, 50.0, n)).round(1),
    })
    yield Case(f"거래 {n}건", (frame,))


@drill("prep.pivot.sum_fill", edge=_pivot_edge, random=_pivot_random, libs=("numpy", "pandas"), check=FRAME)
def sales_pivot(df):
    return df.pivot_table(index="store", columns="month", values="sales", aggfunc="sum", fill_value=0)


# --- groupby: several aggregations -----------------------------------------------------------
def _summary_edge():
    yield Case("결측 급여 포함", (pd.DataFrame({
        "dept": ["영업", "개발", "영업", "개발", "개발", "영업"],
        "salary": [300.0, 420.0, np.nan, 380.0, np.nan, 340.0],
    }),))
    yield Case("한 명뿐인 부서 (표준편차 NaN)", (pd.DataFrame({
        "dept": ["인사", "재무", "재무", "재무"],
        "salary": [250.0, 310.0, 330.0, 350.0],
    }),))
    yield Case("급여가 모두 결측인 부서", (pd.DataFrame({
        "name": ["가", "나", "다", "라", "마"],
        "dept": ["개발", "재무", "개발", "재무", "개발"],
        "salary": [500.0, np.nan, 450.0, np.nan, 470.0],
    }),))


def _summary_random(rng):
    n = 30
    salary = rng.normal(350, 60, n).round(0)
    salary[rng.choice(n, 5, replace=False)] = np.nan
    frame = pd.DataFrame({"dept": rng.choice(DEPTS, n), "salary": salary, "years": rng.integers(0, 20, n)})
    yield Case("직원 30명, 결측 5개", (frame,))


@drill("prep.groupby.agg_summary", edge=_summary_edge, random=_summary_random, libs=("numpy", "pandas"),
       check=FRAME)
def salary_summary(df):
    return df.groupby("dept")["salary"].agg(["count", "mean", "std", "max"])


# --- groupby: transform ------------------------------------------------------------------------
def _zscore_edge():
    yield Case("두 그룹", (pd.DataFrame({"group": ["A", "B", "A", "B", "A", "B"],
                                      "value": [1.0, 10.0, 2.0, 20.0, 6.0, 60.0]}),))
    yield Case("한 행뿐인 그룹 (NaN)", (pd.DataFrame({"group": ["x", "y", "x", "x"], "value": [4.0, 7.0, 8.0, 12.0],
                                                  "memo": ["a", "b", "c", "d"]}, index=[10, 11, 12, 13]),))
    yield Case("그룹 두 개, 각 두 행", (pd.DataFrame({"group": ["p", "q", "q", "p"], "value": [0.0, 5.0, 9.0, 4.0]}),))


def _zscore_random(rng):
    n = 24
    groups = rng.choice(["A", "B", "C"], n)
    centre = {"A": 10.0, "B": 50.0, "C": 100.0}
    values = np.array([rng.normal(centre[g], 5.0) for g in groups]).round(2)
    yield Case("세 그룹 24행", (pd.DataFrame({"id": np.arange(n), "group": groups, "value": values}),))


@drill("prep.groupby.zscore_transform", edge=_zscore_edge, random=_zscore_random, libs=("numpy", "pandas"),
       check=NEW_FRAME)
def group_zscore(df):
    out = df.copy()
    grouped = out.groupby("group")["value"]
    out["z"] = (out["value"] - grouped.transform("mean")) / grouped.transform("std")
    return out


# --- dates: derived features --------------------------------------------------------------
def _dates_edge():
    yield Case("연말·윤년 경계", (pd.DataFrame({
        "order_id": [1, 2, 3],
        "order_date": ["2023-12-30", "2024-02-28", "2024-01-31"],
        "ship_date": ["2024-01-02", "2024-03-01", "2024-02-03"],
    }),))
    yield Case("당일 배송과 일요일", (pd.DataFrame({
        "order_id": [7, 8],
        "order_date": ["2024-06-09", "2024-06-10"],
        "ship_date": ["2024-06-09", "2024-06-16"],
    }),))


def _dates_random(rng):
    n = 15
    order = _random_dates(rng, n, "2023-01-01", 700)
    ship = order + pd.to_timedelta(rng.integers(0, 21, n), unit="D")
    yield Case("주문 15건", (pd.DataFrame({
        "order_id": np.arange(1, n + 1),
        "order_date": order.dt.strftime("%Y-%m-%d"),
        "ship_date": ship.dt.strftime("%Y-%m-%d"),
    }),))


@drill("prep.dates.order_features", edge=_dates_edge, random=_dates_random, libs=("numpy", "pandas"),
       check=Check(rtol=1e-9, atol=1e-12, check_dtype=False, new_object=True))
def order_features(df):
    out = df.copy()
    out["order_date"] = pd.to_datetime(out["order_date"])
    out["ship_date"] = pd.to_datetime(out["ship_date"])
    out["weekday"] = out["order_date"].dt.day_of_week
    out["month"] = out["order_date"].dt.month
    out["ship_days"] = (out["ship_date"] - out["order_date"]).dt.days
    return out


# --- dates: monthly resampling + cumulative sum ---------------------------------------------
def _monthly_edge():
    yield Case("거래가 없는 달은 0", (pd.DataFrame({
        "date": ["2024-01-05", "2024-01-20", "2024-03-02", "2024-03-31", "2024-04-15"],
        "amount": [100, 50, 30, 20, 10],
    }),))
    yield Case("날짜 순서가 섞임, 해를 넘김", (pd.DataFrame({
        "date": ["2024-02-01", "2023-11-30", "2023-12-01", "2024-02-29", "2023-11-01"],
        "amount": [5, 7, 11, 13, 17],
    }),))
    yield Case("한 달뿐", (pd.DataFrame({"date": ["2024-07-31", "2024-07-01"], "amount": [3, 4]}),))


def _monthly_random(rng):
    n = 25
    dates = _random_dates(rng, n, "2023-10-01", 240)
    yield Case("거래 25건, 8개월", (pd.DataFrame({
        "date": dates.dt.strftime("%Y-%m-%d"),
        "amount": rng.integers(1, 100, n) * 10,
    }),))


@drill("prep.dates.monthly_cumsum", edge=_monthly_edge, random=_monthly_random, libs=("numpy", "pandas"),
       check=FRAME)
def monthly_totals(df):
    data = df.assign(date=pd.to_datetime(df["date"]))
    total = data.set_index("date")["amount"].resample("MS").sum()
    return pd.DataFrame({"total": total, "cumulative": total.cumsum()}).reset_index()


# --- sampling: simple random split -----------------------------------------------------------
def _customers(rng, n: int, index=None) -> pd.DataFrame:
    return pd.DataFrame({
        "age": rng.integers(20, 70, n),
        "score": rng.normal(70, 10, n).round(1),
        "region": rng.choice(REGIONS, n),
    }, index=index)


def _split_edge():
    rng = np.random.default_rng(11)
    yield Case("10행, 70 %", (_customers(rng, 10), 0.7, 42))
    yield Case("인덱스가 100부터, 30 %", (_customers(rng, 14, index=np.arange(100, 114)), 0.3, 0))
    yield Case("문자 인덱스, 50 %", (_customers(rng, 8, index=[f"c{i}" for i in range(8)]), 0.5, 7))


def _split_random(rng):
    n = int(rng.integers(20, 40))
    frac = float(rng.choice([0.6, 0.7, 0.8]))
    seed = int(rng.integers(0, 10_000))
    yield Case(f"{n}행, frac={frac}, seed={seed}", (_customers(rng, n), frac, seed))


@drill("prep.sample.random_split", edge=_split_edge, random=_split_random, libs=("numpy", "pandas"),
       check=FRAME)
def random_split(df, frac, seed):
    train = df.sample(frac=frac, random_state=seed)
    test = df.drop(train.index)
    return train, test


# --- sampling: stratified ------------------------------------------------------------------
def _labelled(rng, counts: dict[str, int]) -> pd.DataFrame:
    labels = np.concatenate([[label] * k for label, k in counts.items()])
    labels = rng.permutation(labels)
    n = len(labels)
    return pd.DataFrame({"x1": rng.normal(0, 1, n).round(3), "x2": rng.integers(0, 100, n), "label": labels})


def _stratified_edge():
    rng = np.random.default_rng(5)
    yield Case("불균형 세 층 (12·6·2), 50 %", (_labelled(rng, {"A": 12, "B": 6, "C": 2}), "label", 0.5, 42))
    yield Case("두 층, 25 %", (_labelled(rng, {"yes": 4, "no": 16}), "label", 0.25, 1))


def _stratified_random(rng):
    counts = {"상": int(rng.integers(5, 15)), "중": int(rng.integers(10, 30)), "하": int(rng.integers(3, 10))}
    frac = float(rng.choice([0.2, 0.3, 0.5]))
    seed = int(rng.integers(0, 10_000))
    yield Case(f"세 층 {list(counts.values())}, frac={frac}, seed={seed}",
               (_labelled(rng, counts), "label", frac, seed))


@drill("prep.sample.stratified", edge=_stratified_edge, random=_stratified_random, libs=("numpy", "pandas"),
       check=FRAME)
def stratified_sample(df, col, frac, seed):
    return df.groupby(col).sample(frac=frac, random_state=seed)


# --- sampling: cluster ---------------------------------------------------------------------
def _schools(rng, ids: list[int]) -> pd.DataFrame:
    sizes = rng.integers(2, 6, len(ids))
    school = np.repeat(ids, sizes)
    n = len(school)
    frame = pd.DataFrame({"student": np.arange(1, n + 1), "school": school, "score": rng.integers(40, 101, n)})
    return frame.iloc[rng.permutation(n)].reset_index(drop=True)


def _cluster_edge():
    rng = np.random.default_rng(3)
    yield Case("학교 6곳 중 2곳", (_schools(rng, [305, 101, 204, 512, 408, 150]), "school", 2, 0))
    yield Case("학교 5곳 중 1곳", (_schools(rng, [9, 3, 7, 1, 5]), "school", 1, 123))
    small = pd.DataFrame({"school": [2, 1, 2, 3, 1], "score": [70, 80, 90, 60, 50]}, index=[50, 51, 52, 53, 54])
    yield Case("모든 학교 선택", (small, "school", 3, 9))


def _cluster_random(rng):
    ids = [int(i) for i in rng.choice(np.arange(100, 1000), int(rng.integers(8, 13)), replace=False)]
    k = int(rng.integers(2, 5))
    seed = int(rng.integers(0, 10_000))
    yield Case(f"학교 {len(ids)}곳 중 {k}곳, seed={seed}", (_schools(rng, ids), "school", k, seed))


@drill("prep.sample.cluster", edge=_cluster_edge, random=_cluster_random, libs=("numpy", "pandas"),
       check=NEW_FRAME)
def cluster_sample(df, col, k, seed):
    clusters = np.sort(df[col].unique())
    rng = np.random.default_rng(seed)
    chosen = rng.choice(clusters, size=k, replace=False)
    return df[df[col].isin(chosen)]
