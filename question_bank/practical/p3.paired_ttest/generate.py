"""p3.paired_ttest: 걷기 운동 프로그램 전후 수축기 혈압 (대응표본 t-검정, 단측).

Run inside this folder: ``python generate.py`` rewrites data/ and answer/ byte for byte.
"""

import math
from pathlib import Path

import numpy as np
import pandas as pd
from scipy import stats

SEED = 20240635
HERE = Path(__file__).resolve().parent


def rounded(v, d):
    """v rounded to d decimals; refuses values near a rounding boundary or ending in 0."""
    x = abs(v) * 10**d
    assert abs(x - math.floor(x) - 0.5) > 0.05, f"{v} is near a rounding boundary at {d} decimals"
    assert round(x) % 10 != 0, f"{v} rounded to {d} decimals ends in 0"
    return round(float(v), d)


def make(seed):
    rng = np.random.default_rng(seed)
    n = 30
    before = np.round(rng.normal(141, 11, n)).astype(int)
    diff = np.round(rng.normal(-3.2, 8.5, n)).astype(int)
    after = before + diff
    df = pd.DataFrame({
        "id": [f"P{i:03d}" for i in range(1, n + 1)],
        "gender": rng.choice(["M", "F"], n),
        "age": rng.integers(35, 70, n),
        "bp_before": before,
        "bp_after": after,
    })
    d = df["bp_after"] - df["bp_before"]
    res = stats.ttest_rel(df["bp_after"], df["bp_before"], alternative="less")
    two_sided = stats.ttest_rel(df["bp_after"], df["bp_before"]).pvalue
    # the one-sided answer must differ clearly from the two-sided one and sit in a readable range
    assert 0.003 < res.pvalue < 0.04 and two_sided > 0.006, (res.pvalue, two_sided)
    answers = [rounded(d.mean(), 2), rounded(res.statistic, 3), rounded(res.pvalue, 4)]
    return df, answers


def main():
    df, answers = make(SEED)
    (HERE / "data").mkdir(exist_ok=True)
    (HERE / "answer").mkdir(exist_ok=True)
    df.to_csv(HERE / "data" / "bp.csv", index=False)
    (HERE / "answer" / "answers.yaml").write_text(
        "answers: [" + ", ".join(repr(a) for a in answers) + "]\n", encoding="utf-8")
    print(answers)


if __name__ == "__main__":
    main()
