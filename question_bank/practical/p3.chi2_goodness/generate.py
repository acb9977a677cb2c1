"""p3.chi2_goodness: 올해 결제수단 비율이 작년 조사 비율과 같은가 (카이제곱 적합도 검정).

Run inside this folder: ``python generate.py`` rewrites data/ and answer/ byte for byte.
"""

import math
from pathlib import Path

import numpy as np
import pandas as pd
from scipy import stats

SEED = 4408
HERE = Path(__file__).resolve().parent
CLAIM = {"카드": 0.50, "간편결제": 0.30, "계좌이체": 0.12, "현금": 0.08}  # 작년 조사 비율


def rounded(v, d):
    """v rounded to d decimals; refuses values near a rounding boundary or ending in 0."""
    x = abs(v) * 10**d
    assert abs(x - math.floor(x) - 0.5) > 0.05, f"{v} is near a rounding boundary at {d} decimals"
    assert round(x) % 10 != 0, f"{v} rounded to {d} decimals ends in 0"
    return round(float(v), d)


def make(seed):
    rng = np.random.default_rng(seed)
    n = 318
    methods = list(CLAIM)
    pay = rng.choice(methods, n, p=[0.47, 0.33, 0.12, 0.08]).astype(object)
    pay[rng.choice(n, 7, replace=False)] = np.nan  # 결제수단이 기록되지 않은 거래
    start = pd.Timestamp("2024-03-01")
    minutes = np.sort(rng.integers(0, 31 * 24 * 60, n))
    df = pd.DataFrame({
        "거래번호": [f"T{i:06d}" for i in range(100001, 100001 + n)],
        "거래일시": (start + pd.to_timedelta(minutes, unit="min")).strftime("%Y-%m-%d %H:%M"),
        "결제수단": pay,
        "결제금액": (np.round(rng.lognormal(10.0, 0.6, n), -2)).astype(int),
    })
    obs = df["결제수단"].value_counts().reindex(methods)
    exp = obs.sum() * np.array([CLAIM[m] for m in methods])
    chi2, p = stats.chisquare(obs, exp)
    assert 0.12 < p < 0.6, p
    answers = [rounded(chi2, 3), rounded(p, 4), "채택" if p >= 0.05 else "기각"]
    return df, answers


def main():
    df, answers = make(SEED)
    (HERE / "data").mkdir(exist_ok=True)
    (HERE / "answer").mkdir(exist_ok=True)
    df.to_csv(HERE / "data" / "payments.csv", index=False)
    (HERE / "answer" / "answers.yaml").write_text(
        "answers: [" + ", ".join(repr(a) if not isinstance(a, str) else f'"{a}"' for a in answers) + "]\n",
        encoding="utf-8")
    print(answers)


if __name__ == "__main__":
    main()
