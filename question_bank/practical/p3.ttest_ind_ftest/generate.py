"""p3.ttest_ind_ftest: 두 생산 라인의 제품 무게. F-검정으로 등분산 여부를 정한 뒤 독립표본 t-검정.

Run inside this folder: ``python generate.py`` rewrites data/ and answer/ byte for byte.
"""

import math
from pathlib import Path

import numpy as np
import pandas as pd
from scipy import stats

SEED = 7116
HERE = Path(__file__).resolve().parent


def rounded(v, d):
    """v rounded to d decimals; refuses values near a rounding boundary or ending in 0."""
    x = abs(v) * 10**d
    assert abs(x - math.floor(x) - 0.5) > 0.05, f"{v} is near a rounding boundary at {d} decimals"
    assert round(x) % 10 != 0, f"{v} rounded to {d} decimals ends in 0"
    return round(float(v), d)


def make(seed):
    rng = np.random.default_rng(seed)
    n_a, n_b = 24, 38
    a = np.round(rng.normal(501.5, 1.9, n_a), 1)
    b = np.round(rng.normal(499.6, 4.2, n_b), 1)
    line = np.array(["A"] * n_a + ["B"] * n_b)
    weight = np.concatenate([a, b])
    order = rng.permutation(n_a + n_b)
    df = pd.DataFrame({
        "product_id": [f"W{i:04d}" for i in range(1, n_a + n_b + 1)],
        "line": line[order],
        "shift": rng.choice(["주간", "야간"], n_a + n_b)[order],
        "weight": weight[order],
    })
    a = df.loc[df["line"] == "A", "weight"]
    b = df.loc[df["line"] == "B", "weight"]
    # F = B의 표본분산 / A의 표본분산, 양측 F-검정
    f = b.var(ddof=1) / a.var(ddof=1)
    dfn, dfd = len(b) - 1, len(a) - 1
    f_p = 2 * min(stats.f.cdf(f, dfn, dfd), stats.f.sf(f, dfn, dfd))
    assert f_p < 0.005, f_p  # 등분산 기각이 분명해야 함 -> Welch
    welch = stats.ttest_ind(a, b, equal_var=False)
    pooled = stats.ttest_ind(a, b, equal_var=True)
    assert 0.005 < welch.pvalue < 0.09, welch.pvalue
    # the pooled (wrong) test must give a visibly different answer
    assert abs(welch.pvalue - pooled.pvalue) > 0.002 and abs(welch.statistic - pooled.statistic) > 0.05
    answers = [rounded(f, 3), rounded(welch.statistic, 3), rounded(welch.pvalue, 4)]
    return df, answers


def main():
    df, answers = make(SEED)
    (HERE / "data").mkdir(exist_ok=True)
    (HERE / "answer").mkdir(exist_ok=True)
    df.to_csv(HERE / "data" / "weights.csv", index=False)
    (HERE / "answer" / "answers.yaml").write_text(
        "answers: [" + ", ".join(repr(a) for a in answers) + "]\n", encoding="utf-8")
    print(answers)


if __name__ == "__main__":
    main()
