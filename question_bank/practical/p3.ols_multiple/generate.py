"""p3.ols_multiple: 매장 월매출의 다중선형회귀 (statsmodels ols, 범주형 C(region) 포함).

Run inside this folder: ``python generate.py`` rewrites data/ and answer/ byte for byte.
"""

import math
from pathlib import Path

import numpy as np
import pandas as pd
import statsmodels.formula.api as smf

SEED = 6606
HERE = Path(__file__).resolve().parent
NEW_STORE = {"region": "부산", "ad_cost": 12.0, "area": 85.0, "staff": 6}


def rounded(v, d):
    """v rounded to d decimals; refuses values near a rounding boundary or ending in 0."""
    x = abs(v) * 10**d
    assert abs(x - math.floor(x) - 0.5) > 0.05, f"{v} is near a rounding boundary at {d} decimals"
    assert round(x) % 10 != 0, f"{v} rounded to {d} decimals ends in 0"
    return round(float(v), d)


def make(seed):
    rng = np.random.default_rng(seed)
    n = 150
    regions = ["서울", "경기", "부산", "대구"]
    region = rng.choice(regions, n, p=[0.32, 0.30, 0.22, 0.16])
    area = np.round(rng.uniform(40, 160, n), 1)
    staff = np.clip(np.round(area / 18 + rng.normal(0, 1.6, n)), 2, 14).astype(int)
    ad = np.round(rng.gamma(4.0, 3.0, n), 1)
    effect = pd.Series(region).map({"서울": 14.0, "경기": 6.0, "부산": 3.0, "대구": 0.0}).to_numpy()
    sales = 28 + 2.3 * ad + 0.42 * area + 1.1 * staff + effect + rng.normal(0, 11, n)
    df = pd.DataFrame({
        "store_id": [f"S{i:04d}" for i in range(1, n + 1)],
        "region": region,
        "open_year": rng.integers(2005, 2024, n),
        "area": area,
        "staff": staff,
        "ad_cost": ad,
        "sales": np.round(sales, 1),
    })
    model = smf.ols("sales ~ ad_cost + area + staff + C(region)", data=df).fit()
    p_staff = model.pvalues["staff"]
    assert 0.01 < p_staff < 0.2, p_staff
    pred = model.predict(pd.DataFrame([NEW_STORE]))[0]
    answers = [rounded(model.params["ad_cost"], 3), rounded(p_staff, 4), rounded(pred, 2)]
    return df, answers


def main():
    df, answers = make(SEED)
    (HERE / "data").mkdir(exist_ok=True)
    (HERE / "answer").mkdir(exist_ok=True)
    df.to_csv(HERE / "data" / "stores.csv", index=False)
    (HERE / "answer" / "answers.yaml").write_text(
        "answers: [" + ", ".join(repr(a) for a in answers) + "]\n", encoding="utf-8")
    print(answers)


if __name__ == "__main__":
    main()
