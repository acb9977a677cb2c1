"""p2.used_car_price: 중고차 판매가격(만원) 예측 (회귀, RMSE) 데이터 생성기.

실행: 이 폴더에서 `python generate.py` -> data/train.csv, data/test.csv, answer/y_test.csv
모든 값은 고정 시드로 만든 가상 데이터입니다 (`--check`: 잡음이 없는 가격으로 낸 RMSE 출력).
"""

from pathlib import Path

import numpy as np
import pandas as pd

HERE = Path(__file__).resolve().parent
rng = np.random.default_rng(20241007)

N, N_TRAIN = 1800, 1300
TARGET = "가격"

makers = ["현대", "기아", "제네시스", "쉐보레", "르노코리아", "KG모빌리티", "BMW", "벤츠", "아우디"]
maker_p = [0.27, 0.23, 0.07, 0.07, 0.06, 0.06, 0.1, 0.1, 0.04]
maker_mult = {"현대": 1.0, "기아": 0.98, "제네시스": 1.55, "쉐보레": 0.85, "르노코리아": 0.83, "KG모빌리티": 0.88,
              "BMW": 1.7, "벤츠": 1.85, "아우디": 1.6}
types = ["경차", "소형", "준중형", "중형", "대형", "SUV"]
type_new = {"경차": 1350, "소형": 1900, "준중형": 2300, "중형": 3000, "대형": 4300, "SUV": 3400}
type_cc = {"경차": 1000, "소형": 1400, "준중형": 1600, "중형": 2000, "대형": 3000, "SUV": 2200}

maker = rng.choice(makers, size=N, p=maker_p)
cartype = rng.choice(types, size=N, p=[0.1, 0.1, 0.2, 0.22, 0.13, 0.25])
# 수입차와 제네시스에는 경차가 없음
premium = np.isin(maker, ["제네시스", "BMW", "벤츠", "아우디"])
cartype[premium & np.isin(cartype, ["경차", "소형"])] = "중형"
year = rng.integers(2008, 2025, size=N)
age = 2025 - year
km = np.round(np.maximum(age, 0.3) * 13500 * rng.lognormal(0, 0.45, size=N), -1)
fuel = rng.choice(["가솔린", "디젤", "LPG", "하이브리드", "전기"], size=N, p=[0.5, 0.27, 0.08, 0.1, 0.05])
fuel[(fuel == "전기") & (year < 2016)] = "가솔린"
fuel[(fuel == "LPG") & premium] = "가솔린"
cc = np.array([type_cc[t] for t in cartype]) * rng.choice([0.8, 1.0, 1.25], size=N, p=[0.25, 0.55, 0.2])
cc = np.round(cc / 100) * 100 - 2
cc_obs = cc.astype(float)
cc_obs[fuel == "전기"] = np.nan
trans = np.where((rng.random(N) < 0.06) & (year < 2016), "수동", "자동")
accident = rng.choice(["무사고", "단순교환", "사고"], size=N, p=[0.62, 0.25, 0.13])
color = rng.choice(["흰색", "검정", "회색", "은색", "파랑", "빨강"], size=N, p=[0.34, 0.28, 0.16, 0.12, 0.05, 0.05])
owners = np.minimum(1 + rng.poisson(age / 5), 6)
region = rng.choice(["서울", "경기", "인천", "부산", "대구", "광주", "대전"], size=N)

new_price = np.array([type_new[t] * maker_mult[m] for t, m in zip(cartype, maker)]) * (cc / np.array(
    [type_cc[t] for t in cartype])) ** 0.5
value = (new_price
         * np.exp(-0.105 * age)
         * np.exp(-0.0000032 * km)
         * np.select([accident == "단순교환", accident == "사고"], [0.93, 0.8], 1.0)
         * np.select([fuel == "디젤", fuel == "LPG", fuel == "하이브리드", fuel == "전기"], [1.03, 0.86, 1.12, 1.08], 1.0)
         * np.where(trans == "수동", 0.88, 1.0)
         * np.select([color == "빨강", color == "파랑"], [0.95, 0.97], 1.0)
         * (1 - 0.02 * (owners - 1)))
price = np.maximum(np.round(value * rng.lognormal(0, 0.07, size=N)), 90).astype(int)

km_obs = km.copy()
km_obs[rng.choice(N, size=4, replace=False)] = 999999  # 입력 오류로 보이는 이상값
df = pd.DataFrame({
    "ID": np.arange(1, N + 1),
    "제조사": maker,
    "차종": cartype,
    "연식": year,
    "주행거리": km_obs,
    "연료": fuel,
    "배기량": cc_obs,
    "변속기": trans,
    "사고이력": accident,
    "색상": color,
    "소유자수": owners,
    "판매지역": region,
    TARGET: price,
})
df["주행거리"] = df["주행거리"].astype("Int64")
df["사고이력"] = df["사고이력"].astype(object)
df.loc[rng.choice(N, size=36, replace=False), "주행거리"] = pd.NA
df.loc[rng.choice(np.flatnonzero(fuel != "전기"), size=30, replace=False), "배기량"] = np.nan
df.loc[rng.choice(N, size=45, replace=False), "사고이력"] = np.nan
df["배기량"] = df["배기량"].astype("Int64")

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
    t = price[test_idx]
    print("가격 평균·표준편차", t.mean().round(1), t.std().round(1),
          "잡음 없는 가격의 RMSE:", np.sqrt(np.mean((value[test_idx] - t) ** 2)).round(1))
