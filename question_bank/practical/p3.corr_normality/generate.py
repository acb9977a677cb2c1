"""p3.corr_normality: 공부 시간과 시험 점수. Shapiro-Wilk 정규성 검정 결과로 피어슨/스피어만을 고른 뒤 상관 검정.

Run inside this folder: ``python generate.py`` rewrites data/ and answer/ byte for byte.
"""

import math
from pathlib import Path

import numpy as np
import pandas as pd
from scipy import stats

SEED = 8826
HERE = Path(__file__).resolve().parent


def rounded(v, d):
    """v rounded to d decimals; refuses values near a rounding boundary or ending in 0."""
    x = abs(v) * 10**d
    assert abs(x - math.floor(x) - 0.5) > 0.05, f"{v} is near a rounding boundary at {d} decimals"
    assert round(x) % 10 != 0, f"{v} rounded to {d} decimals ends in 0"
    return round(float(v), d)


def make(seed):
    rng = np.random.default_rng(seed)
    n = 50
    hours = np.round(rng.lognormal(2.0, 0.5, n), 1)
    score = np.clip(np.round(40 + 8.0 * np.log(hours) + rng.normal(0, 9, n)), 0, 100).astype(int)
    df = pd.DataFrame({
        "student_id": [f"S{i:03d}" for i in range(1, n + 1)],
        "class": rng.choice(["1반", "2반", "3반"], n),
        "study_hours": hours,
        "score": score.astype(float),
    })
    df.loc[rng.choice(n, 2, replace=False), "study_hours"] = np.nan
    df.loc[rng.choice(n, 1), "score"] = np.nan
    clean = df.dropna(subset=["study_hours", "score"])
    assert len(clean) in (47, 48)
    sw_hours = stats.shapiro(clean["study_hours"]).pvalue
    sw_score = stats.shapiro(clean["score"]).pvalue
    assert 0.001 < sw_hours < 0.02, sw_hours  # 정규성 기각이 분명 -> 스피어만
    assert sw_score > 0.1, sw_score
    rho, p = stats.spearmanr(clean["study_hours"], clean["score"])
    r, p_r = stats.pearsonr(clean["study_hours"], clean["score"])
    assert 0.004 < p < 0.08, p
    assert abs(r - rho) > 0.01 and abs(p_r - p) > 0.002  # choosing Pearson must give other answers
    answers = [rounded(sw_hours, 4), rounded(rho, 3), rounded(p, 4)]
    return df, answers


def main():
    df, answers = make(SEED)
    (HERE / "data").mkdir(exist_ok=True)
    (HERE / "answer").mkdir(exist_ok=True)
    df.to_csv(HERE / "data" / "study.csv", index=False)
    (HERE / "answer" / "answers.yaml").write_text(
        "answers: [" + ", ".join(repr(a) for a in answers) + "]\n", encoding="utf-8")
    print(answers)


if __name__ == "__main__":
    main()
