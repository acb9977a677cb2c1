"""p3.anova_oneway: 비료 종류(4가지)에 따른 토마토 수확량 (일원분산분석).

Run inside this folder: ``python generate.py`` rewrites data/ and answer/ byte for byte.
"""

import math
from pathlib import Path

import numpy as np
import pandas as pd
from scipy import stats

SEED = 5522
HERE = Path(__file__).resolve().parent


def rounded(v, d):
    """v rounded to d decimals; refuses values near a rounding boundary or ending in 0."""
    x = abs(v) * 10**d
    assert abs(x - math.floor(x) - 0.5) > 0.05, f"{v} is near a rounding boundary at {d} decimals"
    assert round(x) % 10 != 0, f"{v} rounded to {d} decimals ends in 0"
    return round(float(v), d)


def make(seed):
    rng = np.random.default_rng(seed)
    sizes = {"A": 13, "B": 15, "C": 12, "D": 14}
    means = {"A": 21.0, "B": 22.6, "C": 19.8, "D": 21.9}
    rows = []
    for g, n in sizes.items():
        for v in rng.normal(means[g], 2.4, n):
            rows.append((g, round(float(v), 2)))
    order = rng.permutation(len(rows))
    rows = [rows[i] for i in order]
    df = pd.DataFrame(rows, columns=["fertilizer", "yield_kg"])
    df.insert(0, "plot_id", [f"F{i:03d}" for i in range(1, len(df) + 1)])
    df.insert(2, "greenhouse", rng.choice(["1동", "2동", "3동"], len(df)))
    df.loc[rng.choice(len(df), 3, replace=False), "yield_kg"] = np.nan  # 측정 누락
    clean = df.dropna(subset=["yield_kg"])
    groups = [clean.loc[clean["fertilizer"] == g, "yield_kg"] for g in sizes]
    f, p = stats.f_oneway(*groups)
    assert 0.002 < p < 0.02, p
    answers = [rounded(f, 3), rounded(p, 4), "기각" if p < 0.05 else "채택"]
    return df, answers


def main():
    df, answers = make(SEED)
    (HERE / "data").mkdir(exist_ok=True)
    (HERE / "answer").mkdir(exist_ok=True)
    df.to_csv(HERE / "data" / "tomato.csv", index=False)
    (HERE / "answer" / "answers.yaml").write_text(
        "answers: [" + ", ".join(repr(a) if not isinstance(a, str) else f'"{a}"' for a in answers) + "]\n",
        encoding="utf-8")
    print(answers)


if __name__ == "__main__":
    main()
