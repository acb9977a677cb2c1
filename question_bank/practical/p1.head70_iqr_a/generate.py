"""p1.head70_iqr_a: 대기질 측정 데이터 생성기 (시간 순서대로 정렬).

실행: 이 폴더에서 `python generate.py` -> data/air_quality.csv, answer/answers.yaml
"""

from pathlib import Path

import numpy as np
import pandas as pd

HERE = Path(__file__).resolve().parent
rng = np.random.default_rng(44961)

N = 600  # 600 * 0.7 = 420 (부동소수점 오차 없이 정수)
stations = ["종로", "중구", "용산", "성동"]
t = pd.date_range("2024-07-01 00:00", periods=N // 4, freq="6h")  # 측정소 4곳이 같은 시각에 측정
when = np.repeat(t.values, 4)
station = np.tile(stations, N // 4)
day = (pd.DatetimeIndex(when) - pd.Timestamp("2024-07-01")).days.to_numpy()
# 여름에서 가을로 갈수록 농도가 높아짐 -> 앞 70%와 전체의 사분위수가 다름
season = 14 + 0.28 * day
pm25 = np.round(season * rng.lognormal(0, 0.42, size=N), 1)
pm10 = np.round(pm25 * rng.uniform(1.4, 2.1, size=N), 1)
temp = np.round(29 - 0.17 * day + rng.normal(0, 2.2, size=N), 1)
hum = np.round(np.clip(rng.normal(68 - 0.2 * day, 11, size=N), 15, 99), 0)
# 고장 등으로 몇 번은 튀는 값
spike = rng.choice(N, size=6, replace=False)
pm25[spike] = np.round(pm25[spike] * rng.uniform(4, 7, size=6), 1)

df = pd.DataFrame(
    {
        "측정ID": np.arange(1, N + 1),
        "측정일시": pd.DatetimeIndex(when).strftime("%Y-%m-%d %H:%M"),
        "측정소": station,
        "PM10": pm10,
        "PM2.5": pm25,
        "기온": temp,
        "습도": hum.astype(int),
    }
)
df.loc[rng.choice(N, size=37, replace=False), "PM2.5"] = np.nan
df.loc[rng.choice(N, size=12, replace=False), "PM10"] = np.nan

(HERE / "data").mkdir(exist_ok=True)
(HERE / "answer").mkdir(exist_ok=True)
df.to_csv(HERE / "data" / "air_quality.csv", index=False)

# ---- 정답: 앞 70% 행 -> PM2.5 (결측 제외) Q3 - Q1 (pandas 기본 선형 보간) -> 소수 셋째 자리
d = pd.read_csv(HERE / "data" / "air_quality.csv")
n70 = int(len(d) * 0.7)
assert n70 == 420
head = d.iloc[:n70]
iqr = float(head["PM2.5"].quantile(0.75) - head["PM2.5"].quantile(0.25))
scaled = iqr * 1000
assert abs(scaled - np.floor(scaled) - 0.5) > 1e-3, iqr
answer = round(iqr, 3)
whole = round(float(d["PM2.5"].quantile(0.75) - d["PM2.5"].quantile(0.25)), 3)
filled0 = head["PM2.5"].fillna(0)
zero = round(float(filled0.quantile(0.75) - filled0.quantile(0.25)), 3)
assert len({answer, whole, zero}) == 3
(HERE / "answer" / "answers.yaml").write_text(f"answers: [{answer}]\n", encoding="utf-8")
if __name__ == "__main__" and "--check" in __import__("sys").argv:
    print("iqr", iqr, "answer", answer, "전체 행:", whole, "결측을 0으로:", zero,
          "앞 70% 결측:", int(head["PM2.5"].isna().sum()))
