"""p2.telecom_charges: 통신사 고객 누적 요금 TotalCharges 예측 (회귀, MAE) 데이터 생성기.

실행: 이 폴더에서 `python generate.py` -> data/train.csv, data/test.csv, answer/y_test.csv
모든 값은 고정 시드로 만든 가상 데이터입니다 (`--check`: 잡음이 없는 요금으로 낸 MAE 출력).
"""

from pathlib import Path

import numpy as np
import pandas as pd

HERE = Path(__file__).resolve().parent
rng = np.random.default_rng(20241120)

N, N_TRAIN = 1900, 1350
TARGET = "TotalCharges"


def yes_no(p, size):
    return np.where(rng.random(size) < p, "Yes", "No")


gender = rng.choice(["Male", "Female"], size=N)
senior = (rng.random(N) < 0.16).astype(int)
partner = yes_no(0.48, N)
dependents = np.where(partner == "Yes", yes_no(0.5, N), yes_no(0.1, N))
contract = rng.choice(["Month-to-month", "One year", "Two year"], size=N, p=[0.55, 0.21, 0.24])
tenure = np.where(contract == "Month-to-month", rng.gamma(1.2, 14, size=N),
                  np.where(contract == "One year", rng.uniform(6, 72, size=N), rng.uniform(12, 72, size=N)))
tenure = np.clip(np.ceil(tenure), 1, 72).astype(int)
phone = yes_no(0.9, N)
multi = np.where(phone == "Yes", yes_no(0.47, N), "No phone service")
internet = rng.choice(["DSL", "Fiber optic", "No"], size=N, p=[0.34, 0.44, 0.22])
addons = {}
for name, p in [("OnlineSecurity", 0.36), ("TechSupport", 0.37), ("StreamingTV", 0.5),
                ("StreamingMovies", 0.5)]:
    addons[name] = np.where(internet == "No", "No internet service", yes_no(p, N))
paperless = yes_no(0.59, N)
payment = rng.choice(["Electronic check", "Mailed check", "Bank transfer (automatic)", "Credit card (automatic)"],
                     size=N, p=[0.34, 0.23, 0.22, 0.21])

monthly = (np.where(phone == "Yes", 20.0, 0.0)
           + np.where(multi == "Yes", 5.0, 0.0)
           + np.select([internet == "DSL", internet == "Fiber optic"], [25.0, 50.0], 0.0)
           + 5.0 * (addons["OnlineSecurity"] == "Yes")
           + 5.0 * (addons["TechSupport"] == "Yes")
           + 10.0 * (addons["StreamingTV"] == "Yes") + 10.0 * (addons["StreamingMovies"] == "Yes"))
monthly = np.maximum(monthly + rng.normal(0, 1.5, size=N), 18.5)
# 장기 약정 할인, 오래전 가입 기간의 요금은 조금 더 쌌음 -> 누적 요금 = 월 요금 x 개월 수 x 변동
discount = np.select([contract == "One year", contract == "Two year"], [0.95, 0.9], 1.0)
drift = 1 - 0.0012 * tenure + rng.normal(0, 0.03, size=N)
value = monthly * discount * tenure * drift
total = np.round(value, 2)

df = pd.DataFrame({
    "customerID": [f"{i:04d}-{''.join(rng.choice(list('ABCDEFGHJKLMNPQRSTUVWXYZ'), size=5))}"
                   for i in rng.choice(np.arange(1000, 10000), size=N, replace=False)],
    "gender": gender,
    "SeniorCitizen": senior,
    "Partner": partner,
    "Dependents": dependents,
    "tenure": tenure,
    "PhoneService": phone,
    "MultipleLines": multi.astype(object),
    "InternetService": internet,
    **addons,
    "Contract": contract,
    "PaperlessBilling": paperless,
    "PaymentMethod": payment.astype(object),
    TARGET: total,
})
for col, k in [("MultipleLines", 40), ("PaymentMethod", 35), ("TechSupport", 30)]:
    df[col] = df[col].astype(object)
    df.loc[rng.choice(N, size=k, replace=False), col] = np.nan

order = rng.permutation(N)
train = df.iloc[np.sort(order[:N_TRAIN])]
test = df.iloc[np.sort(order[N_TRAIN:])]

(HERE / "data").mkdir(exist_ok=True)
(HERE / "answer").mkdir(exist_ok=True)
train.to_csv(HERE / "data" / "train.csv", index=False, lineterminator="\n")
test.drop(columns=[TARGET]).to_csv(HERE / "data" / "test.csv", index=False, lineterminator="\n")
test[[TARGET]].to_csv(HERE / "answer" / "y_test.csv", index=False, lineterminator="\n")

if __name__ == "__main__" and "--check" in __import__("sys").argv:
    test_idx = np.sort(order[N_TRAIN:])
    t = total[test_idx]
    smooth = (monthly * discount * tenure * (1 - 0.0012 * tenure))[test_idx]
    print("요금 평균", t.mean().round(1), "평균으로 예측한 MAE", np.abs(t - t.mean()).mean().round(1),
          "잡음 없는 요금의 MAE:", np.abs(smooth - t).mean().round(1))
