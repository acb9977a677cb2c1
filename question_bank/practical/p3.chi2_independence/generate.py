"""p3.chi2_independence: 연령대와 OTT 요금제 선택의 독립성 (카이제곱 독립성 검정).

Run inside this folder: ``python generate.py`` rewrites data/ and answer/ byte for byte.
"""

import math
from pathlib import Path

import numpy as np
import pandas as pd
from scipy import stats

SEED = 3317
HERE = Path(__file__).resolve().parent


def rounded(v, d):
    """v rounded to d decimals; refuses values near a rounding boundary or ending in 0."""
    x = abs(v) * 10**d
    assert abs(x - math.floor(x) - 0.5) > 0.05, f"{v} is near a rounding boundary at {d} decimals"
    assert round(x) % 10 != 0, f"{v} rounded to {d} decimals ends in 0"
    return round(float(v), d)


def make(seed):
    rng = np.random.default_rng(seed)
    n = 420
    ages = ["20대", "30대", "40대", "50대이상"]
    plans = ["베이직", "스탠다드", "프리미엄"]
    age = rng.choice(ages, n, p=[0.27, 0.28, 0.25, 0.20])
    probs = {  # 요금제 선택 확률: 연령대에 따라 조금 다름
        "20대": [0.40, 0.35, 0.25],
        "30대": [0.31, 0.39, 0.30],
        "40대": [0.30, 0.36, 0.34],
        "50대이상": [0.42, 0.33, 0.25],
    }
    plan = np.array([rng.choice(plans, p=probs[a]) for a in age])
    df = pd.DataFrame({
        "고객번호": [f"C{i:05d}" for i in range(1, n + 1)],
        "성별": rng.choice(["남", "여"], n),
        "연령대": age,
        "요금제": plan,
        "월시청시간": np.round(rng.gamma(3.0, 12.0, n), 1),
    })
    table = pd.crosstab(df["연령대"], df["요금제"])
    chi2, p, dof, expected = stats.chi2_contingency(table)
    assert expected.min() >= 5
    assert 0.004 < p < 0.08, p
    answers = [rounded(chi2, 3), int(dof), rounded(p, 4)]
    return df, answers


def main():
    df, answers = make(SEED)
    (HERE / "data").mkdir(exist_ok=True)
    (HERE / "answer").mkdir(exist_ok=True)
    df.to_csv(HERE / "data" / "ott_survey.csv", index=False)
    (HERE / "answer" / "answers.yaml").write_text(
        "answers: [" + ", ".join(repr(a) for a in answers) + "]\n", encoding="utf-8")
    print(answers)


if __name__ == "__main__":
    main()
