"""p2.energy_grade: 건물 에너지 효율 등급 1~5등급 (다중 분류, macro-F1) 데이터 생성기.

실행: 이 폴더에서 `python generate.py` -> data/train.csv, data/test.csv, answer/y_test.csv
모든 값은 고정 시드로 만든 가상 데이터입니다 (`--check`: 참 원단위로 낸 등급의 macro-F1 출력).
"""

from pathlib import Path

import numpy as np
import pandas as pd

HERE = Path(__file__).resolve().parent
rng = np.random.default_rng(20240903)

N, N_TRAIN = 1700, 1200
TARGET = "에너지등급"
GRADES = np.array(["1등급", "2등급", "3등급", "4등급", "5등급"])
CUTS = [110, 150, 200, 265]  # 단위면적당 에너지 사용량(kWh/m²·년) 경계

uses = ["주거", "업무", "상업", "교육", "의료"]
use_base = {"주거": 125, "업무": 165, "상업": 205, "교육": 140, "의료": 245}
areas = ["서울", "경기", "강원", "충청", "전라", "경상", "제주"]
area_eff = {"서울": 1.0, "경기": 1.02, "강원": 1.12, "충청": 1.04, "전라": 0.98, "경상": 0.97, "제주": 0.9}

use = rng.choice(uses, size=N, p=[0.35, 0.25, 0.18, 0.12, 0.1])
region = rng.choice(areas, size=N, p=[0.28, 0.27, 0.06, 0.12, 0.11, 0.13, 0.03])
year = rng.integers(1978, 2024, size=N)
floor_area = np.round(rng.lognormal(mean=np.log(2800), sigma=0.9, size=N), 1)
floors = np.clip(np.round(np.log(floor_area) * 2.2 - 13 + rng.normal(0, 2, size=N)), 1, 45).astype(int)
basement = np.clip(np.round(floors / 6 + rng.normal(0, 1, size=N)), 0, 7).astype(int)
insul_p = np.where(year[:, None] >= 2010, [0.6, 0.32, 0.08], np.where(year[:, None] >= 1995, [0.25, 0.45, 0.3],
                                                                     [0.08, 0.32, 0.6]))
u = rng.random(N)
insul = np.where(u < insul_p[:, 0], "상", np.where(u < insul_p[:, 0] + insul_p[:, 1], "중", "하")).astype(object)
window = rng.choice(["단창", "복층", "삼중"], size=N, p=[0.25, 0.55, 0.2])
hvac = rng.choice(["개별", "중앙", "지역난방"], size=N, p=[0.5, 0.3, 0.2])
solar = np.where(rng.random(N) < np.where(year >= 2012, 0.45, 0.12), "Y", "N")

intensity = (np.array([use_base[x] for x in use])
             * np.array([area_eff[x] for x in region])
             * (1 + 0.0085 * (2015 - np.clip(year, 1978, 2023)))
             * np.select([insul == "상", insul == "하"], [0.85, 1.2], 1.0)
             * np.select([window == "삼중", window == "단창"], [0.9, 1.12], 1.0)
             * np.select([hvac == "지역난방", hvac == "중앙"], [0.92, 1.05], 1.0)
             * np.where(solar == "Y", 0.9, 1.0)
             * rng.lognormal(0, 0.07, size=N))
grade = GRADES[np.searchsorted(CUTS, intensity)]
# 측정된 연간 사용량에는 측정 연도의 날씨·가동률 변동이 섞임
usage = np.round(floor_area * intensity * rng.lognormal(0, 0.1, size=N) / 1000, 1)

df = pd.DataFrame({
    "건물ID": [f"B{i:05d}" for i in range(10001, 10001 + N)],
    "용도": use,
    "지역": region,
    "준공연도": year,
    "연면적_m2": floor_area,
    "지상층수": floors,
    "지하층수": basement,
    "외벽단열": insul,
    "창호": window,
    "냉난방방식": hvac,
    "태양광": solar,
    "연간사용량_MWh": usage,
    TARGET: grade,
})
df["냉난방방식"] = df["냉난방방식"].astype(object)
for col, k in [("외벽단열", 70), ("냉난방방식", 35), ("지하층수", 45), ("연간사용량_MWh", 25)]:
    df.loc[rng.choice(N, size=k, replace=False), col] = np.nan
df["지하층수"] = df["지하층수"].astype("Int64")

order = rng.permutation(N)
train = df.iloc[np.sort(order[:N_TRAIN])]
test = df.iloc[np.sort(order[N_TRAIN:])]

(HERE / "data").mkdir(exist_ok=True)
(HERE / "answer").mkdir(exist_ok=True)
train.to_csv(HERE / "data" / "train.csv", index=False, lineterminator="\n")
test.drop(columns=[TARGET]).to_csv(HERE / "data" / "test.csv", index=False, lineterminator="\n")
test[[TARGET]].to_csv(HERE / "answer" / "y_test.csv", index=False, lineterminator="\n")

if __name__ == "__main__" and "--check" in __import__("sys").argv:
    from sklearn.metrics import f1_score

    test_idx = np.sort(order[N_TRAIN:])
    obs = GRADES[np.searchsorted(CUTS, usage * 1000 / floor_area)]
    print(pd.Series(grade).value_counts(normalize=True).sort_index().round(3).to_dict(),
          "측정 원단위로 바로 나눈 등급의 macro-F1:", round(f1_score(grade[test_idx], obs[test_idx], average="macro"), 4))
