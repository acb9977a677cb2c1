"""p2.parcel_delay: 택배 배송 지연 여부 (이진 분류, ROC-AUC) 데이터 생성기.

실행: 이 폴더에서 `python generate.py` -> data/train.csv, data/test.csv, answer/y_test.csv
모든 값은 고정 시드로 만든 가상 데이터입니다.
"""

from pathlib import Path

import numpy as np
import pandas as pd

HERE = Path(__file__).resolve().parent
rng = np.random.default_rng(20240611)

N, N_TRAIN = 2000, 1400
TARGET = "지연여부"

couriers = ["가람택배", "나래로지스", "다온익스프레스", "바로배송"]
courier_eff = {"가람택배": 0.0, "나래로지스": 0.35, "다온익스프레스": -0.35, "바로배송": 0.6}
regions = ["수도권", "강원", "충청", "호남", "영남", "제주"]
region_p = [0.42, 0.07, 0.13, 0.13, 0.2, 0.05]
# 권역 중심 좌표(대략, km 단위의 가상 평면)
xy = {"수도권": (0, 0), "강원": (120, 20), "충청": (20, -110), "호남": (-10, -260),
      "영남": (150, -230), "제주": (-40, -430)}

courier = rng.choice(couriers, size=N, p=[0.34, 0.27, 0.22, 0.17])
origin = rng.choice(regions, size=N, p=region_p)
dest = rng.choice(regions, size=N, p=region_p)
dist = np.array([np.hypot(xy[o][0] - xy[d][0], xy[o][1] - xy[d][1]) for o, d in zip(origin, dest)])
dist = np.round(dist * rng.uniform(1.1, 1.35, size=N) + rng.uniform(3, 40, size=N), 1)

# 주문일시: 2023-09-01 ~ 2024-02-29
start = pd.Timestamp("2023-09-01")
day = rng.integers(0, 182, size=N)
hour_w = np.array([1, 1, 1, 1, 1, 1, 2, 3, 5, 7, 8, 8, 7, 8, 8, 8, 7, 7, 7, 6, 6, 5, 3, 2], dtype=float)
hour = rng.choice(np.arange(24), size=N, p=hour_w / hour_w.sum())
minute = rng.integers(0, 60, size=N)
when = start + pd.to_timedelta(day, unit="D") + pd.to_timedelta(hour, unit="h") + pd.to_timedelta(minute, unit="min")

weight = np.round(rng.lognormal(mean=0.9, sigma=0.75, size=N), 2)
heavy = rng.choice(N, size=12, replace=False)
weight[heavy] = np.round(rng.uniform(35, 70, size=12), 1)  # 대형 화물 이상값
price = (np.round(rng.lognormal(mean=10.3, sigma=0.8, size=N) / 100) * 100).astype(int)
pack = rng.choice(["박스", "봉투", "파손주의"], size=N, p=[0.6, 0.28, 0.12]).astype(object)
option = rng.choice(["일반", "익일보장", "당일보장"], size=N, p=[0.62, 0.26, 0.12])
grade = rng.choice(["일반", "실버", "골드", "VIP"], size=N, p=[0.5, 0.25, 0.17, 0.08])
qty = rng.choice([1, 2, 3, 4, 5, 6], size=N, p=[0.55, 0.2, 0.1, 0.07, 0.05, 0.03])
pay = rng.choice(["카드", "계좌이체", "간편결제"], size=N, p=[0.5, 0.15, 0.35])

# 지연 확률 (로지스틱)
dow = when.day_of_week.to_numpy()
month, dom = when.month.to_numpy(), when.day.to_numpy()
peak = ((month == 12) & (dom >= 10)) | ((month == 2) & (dom <= 12)) | ((month == 9) & (dom >= 20))
effect = (0.0042 * (dist - 150)
          + 0.06 * np.minimum(weight, 30)
          + np.array([courier_eff[c] for c in courier])
          + 1.3 * ((origin == "제주") | (dest == "제주"))
          + np.select([dow == 4, dow == 5, dow == 6], [0.5, 0.9, 0.4], 0.0)
          + 0.7 * (hour >= 17)
          + 1.1 * peak
          + np.select([option == "당일보장", option == "익일보장"], [0.8, 0.25], 0.0)
          + 0.45 * (pack == "파손주의")
          + 0.35 * (qty >= 4))
z = -3.6 + 1.6 * effect
late = rng.random(N) < 1 / (1 + np.exp(-z))

df = pd.DataFrame({
    "주문번호": [f"P{i:06d}" for i in range(240001, 240001 + N)],
    "주문일시": when.strftime("%Y-%m-%d %H:%M"),
    "택배사": courier,
    "출발권역": origin,
    "도착권역": dest,
    "배송거리_km": dist,
    "상품무게_kg": weight,
    "상품가격": price,
    "포장유형": pack,
    "배송옵션": option,
    "고객등급": grade,
    "주문수량": qty,
    "결제수단": pay,
    TARGET: np.where(late, "지연", "정시"),
})
# 결측값
df.loc[rng.choice(N, size=78, replace=False), "배송거리_km"] = np.nan
df.loc[rng.choice(N, size=55, replace=False), "포장유형"] = np.nan
df.loc[rng.choice(N, size=40, replace=False), "상품무게_kg"] = np.nan

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
    print("지연 비율", late.mean().round(3), "이론상 최대 AUC(참 확률):", round(roc_auc_score(late[test_idx], z[test_idx]), 4))
