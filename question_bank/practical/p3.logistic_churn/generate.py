"""p3.logistic_churn: 통신사 고객 이탈 로지스틱 회귀 (규제 없음): 오즈비 exp(10β), 잔차 이탈도, 오류율.

Run inside this folder: ``python generate.py`` rewrites data/ and answer/ byte for byte.
"""

import math
from pathlib import Path

import numpy as np
import pandas as pd
import statsmodels.formula.api as smf
from sklearn.linear_model import LogisticRegression

SEED = 7703
HERE = Path(__file__).resolve().parent
FEATURES = ["age", "monthly_fee", "tenure", "complaints"]


def rounded(v, d):
    """v rounded to d decimals; refuses values near a rounding boundary or ending in 0."""
    x = abs(v) * 10**d
    assert abs(x - math.floor(x) - 0.5) > 0.05, f"{v} is near a rounding boundary at {d} decimals"
    assert round(x) % 10 != 0, f"{v} rounded to {d} decimals ends in 0"
    return round(float(v), d)


def simulate(rng, n, start):
    age = rng.integers(19, 75, n)
    fee = np.round(rng.normal(58, 16, n).clip(22, 120), 1)  # 천원
    tenure = rng.integers(1, 97, n)
    complaints = rng.poisson(0.9, n)
    logit = -1.6 - 0.012 * (age - 45) + 0.032 * (fee - 58) - 0.028 * (tenure - 40) + 0.55 * complaints
    churn = (rng.random(n) < 1 / (1 + np.exp(-logit))).astype(int)
    return pd.DataFrame({
        "customer_id": [f"U{i:05d}" for i in range(start, start + n)],
        "gender": rng.choice(["M", "F"], n),
        "age": age,
        "monthly_fee": fee,
        "tenure": tenure,
        "complaints": complaints,
        "churn": churn,
    })


def make(seed):
    rng = np.random.default_rng(seed)
    train = simulate(rng, 600, 1)
    test = simulate(rng, 250, 601)
    model = smf.logit("churn ~ age + monthly_fee + tenure + complaints", data=train).fit(disp=0)
    odds_ratio = np.exp(10 * model.params["monthly_fee"])
    deviance = -2 * model.llf
    prob = model.predict(test)
    assert np.abs(prob - 0.5).min() > 0.002  # no test row near the threshold
    error = ((prob >= 0.5).astype(int) != test["churn"]).mean()
    # sklearn without penalty must agree (a learner may use it)
    sk = LogisticRegression(C=np.inf, max_iter=5000).fit(train[FEATURES], train["churn"])
    sk_error = (sk.predict(test[FEATURES]) != test["churn"]).mean()
    assert sk_error == error and abs(np.exp(10 * sk.coef_[0][1]) - odds_ratio) < 1e-4
    answers = [rounded(odds_ratio, 3), rounded(deviance, 2), rounded(error, 3)]
    return (train, test), answers


def main():
    (train, test), answers = make(SEED)
    (HERE / "data").mkdir(exist_ok=True)
    (HERE / "answer").mkdir(exist_ok=True)
    train.to_csv(HERE / "data" / "churn_train.csv", index=False)
    test.to_csv(HERE / "data" / "churn_test.csv", index=False)
    (HERE / "answer" / "answers.yaml").write_text(
        "answers: [" + ", ".join(repr(a) for a in answers) + "]\n", encoding="utf-8")
    print(answers)


if __name__ == "__main__":
    main()
