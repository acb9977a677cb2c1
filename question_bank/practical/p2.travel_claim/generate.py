"""p2.travel_claim: 여행자보험 보험금 청구 여부 (이진 분류, ROC-AUC) 데이터 생성기.

실행: 이 폴더에서 `python generate.py` -> data/train.csv, data/test.csv, answer/y_test.csv
모든 값은 고정 시드로 만든 가상 데이터입니다 (`--check`: 참 확률로 낸 최대 AUC 출력).
"""

from pathlib import Path

import numpy as np
import pandas as pd

HERE = Path(__file__).resolve().parent
rng = np.random.default_rng(20240702)

N, N_TRAIN = 1800, 1250
TARGET = "Claim"

agencies = ["KTA", "HNT", "MDT", "SKY", "BLU", "JTR"]
agency_type = {"KTA": "Travel Agency", "HNT": "Travel Agency", "MDT": "Travel Agency", "SKY": "Airlines",
               "BLU": "Airlines", "JTR": "Travel Agency"}
agency_eff = {"KTA": 0.0, "HNT": -0.3, "MDT": -0.6, "SKY": 1.0, "BLU": 0.45, "JTR": 0.1}
commission_rate = {"KTA": 0.25, "HNT": 0.3, "MDT": 0.0, "SKY": 0.15, "BLU": 0.2, "JTR": 0.35}
products = ["Basic Plan", "Standard Plan", "Premier Plan", "Family Plan", "Annual Plan", "Cancellation Plan"]
product_eff = {"Basic Plan": 0.0, "Standard Plan": 0.3, "Premier Plan": 0.9, "Family Plan": 0.45,
               "Annual Plan": 1.1, "Cancellation Plan": -0.7}
product_price = {"Basic Plan": 1.0, "Standard Plan": 1.4, "Premier Plan": 2.3, "Family Plan": 2.8,
                 "Annual Plan": 1.6, "Cancellation Plan": 0.6}
dests = ["JAPAN", "VIETNAM", "THAILAND", "CHINA", "PHILIPPINES", "SINGAPORE", "GUAM", "USA", "AUSTRALIA", "FRANCE"]
dest_p = [0.24, 0.16, 0.12, 0.1, 0.08, 0.07, 0.06, 0.07, 0.05, 0.05]
dest_eff = {"JAPAN": -0.2, "VIETNAM": 0.0, "THAILAND": 0.1, "CHINA": -0.1, "PHILIPPINES": 0.2, "SINGAPORE": 0.0,
            "GUAM": 0.15, "USA": 0.7, "AUSTRALIA": 0.5, "FRANCE": 0.45}
dest_cost = {"JAPAN": 1.0, "VIETNAM": 1.0, "THAILAND": 1.05, "CHINA": 1.0, "PHILIPPINES": 1.05, "SINGAPORE": 1.1,
             "GUAM": 1.2, "USA": 1.8, "AUSTRALIA": 1.6, "FRANCE": 1.7}

agency = rng.choice(agencies, size=N, p=[0.3, 0.18, 0.14, 0.16, 0.12, 0.1])
channel = np.where(rng.random(N) < 0.84, "Online", "Offline")
product = rng.choice(products, size=N, p=[0.3, 0.22, 0.12, 0.1, 0.08, 0.18])
dest = rng.choice(dests, size=N, p=dest_p)
duration = np.maximum(1, np.round(rng.lognormal(mean=np.log(np.where(np.isin(dest, ["USA", "AUSTRALIA", "FRANCE"]), 13, 6)),
                                                 sigma=0.6, size=N))).astype(int)
annual = product == "Annual Plan"
duration[annual] = rng.integers(300, 366, size=annual.sum())
age = np.clip(np.round(rng.normal(39, 13, size=N)), 18, 84).astype(int)

sales = np.array([product_price[p] * dest_cost[d] for p, d in zip(product, dest)]) * (18 + 2.2 * np.minimum(duration, 60))
sales = np.round(sales * rng.lognormal(0, 0.12, size=N), 1)
commission = np.round(sales * np.array([commission_rate[a] for a in agency]), 2)
refund = rng.choice(N, size=25, replace=False)  # 환불 건: 음수 판매액
sales[refund] = -np.abs(sales[refund])
commission[refund] = -np.abs(commission[refund])

gender = rng.choice(["M", "F"], size=N).astype(object)
gender[rng.random(N) < 0.55] = np.nan

effect = (np.array([agency_eff[a] for a in agency])
          + np.array([product_eff[p] for p in product])
          + np.array([dest_eff[d] for d in dest])
          + 0.55 * (np.log(np.minimum(duration, 120)) - 2)
          + 0.004 * (np.clip(sales, 0, 400) - 80)
          + 0.5 * (age >= 60) - 0.2 * (age < 25)
          + 0.35 * (channel == "Offline"))
z = -2.2 + 1.4 * effect
claim = rng.random(N) < 1 / (1 + np.exp(-z))

# 이상값: 나이를 모르는 가입자는 118로 기록됨, 기간 오류 몇 건
age_obs = age.copy()
age_obs[rng.choice(N, size=22, replace=False)] = 118
dur_obs = duration.copy()
bad = rng.choice(np.flatnonzero(~annual), size=6, replace=False)
dur_obs[bad[:3]] = -1
dur_obs[bad[3:]] = rng.integers(3000, 4800, size=3)

df = pd.DataFrame({
    "ID": [f"TI{i:05d}" for i in range(1, N + 1)],
    "Agency": agency,
    "AgencyType": [agency_type[a] for a in agency],
    "Channel": channel,
    "Product": product,
    "Duration": dur_obs,
    "Destination": dest,
    "NetSales": sales,
    "Commission": commission,
    "Gender": gender,
    "Age": age_obs,
    TARGET: np.where(claim, "Yes", "No"),
})
df["Destination"] = df["Destination"].astype(object)
df.loc[rng.choice(N, size=30, replace=False), "Destination"] = np.nan

order = rng.permutation(N)
train = df.iloc[np.sort(order[:N_TRAIN])]
test = df.iloc[np.sort(order[N_TRAIN:])]

(HERE / "data").mkdir(exist_ok=True)
(HERE / "answer").mkdir(exist_ok=True)
train.to_csv(HERE / "data" / "train.csv", index=False, lineterminator="\n")
test.drop(columns=[TARGET]).to_csv(HERE / "data" / "test.csv", index=False, lineterminator="\n")
test[[TARGET]].to_csv(HERE / "answer" / "y_test.csv", index=False, lineterminator="\n")

if __name__ == "__main__" and "--check" in __import__("sys").argv:
    from sklearn.metrics import roc_auc_score

    test_idx = np.sort(order[N_TRAIN:])
    print("청구 비율", claim.mean().round(3), "이론상 최대 AUC(참 확률):", round(roc_auc_score(claim[test_idx], z[test_idx]), 4))
