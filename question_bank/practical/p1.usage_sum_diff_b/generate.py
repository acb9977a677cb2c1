"""p1.usage_sum_diff_b: 월별 전력 사용량 검침 데이터 생성기.

실행: 이 폴더에서 `python generate.py` -> data/power.csv, answer/answers.yaml
"""

import sys
from pathlib import Path

import numpy as np
import pandas as pd

HERE = Path(__file__).resolve().parent
SEED = int(sys.argv[sys.argv.index("--seed") + 1]) if "--seed" in sys.argv else 881
rng = np.random.default_rng(SEED)

N = 900
regions = ["서울", "부산", "대구", "광주", "대전"]
uses = ["주거용", "상업용", "산업용"]
use = rng.choice(uses, size=N, p=[0.5, 0.33, 0.17])
region = rng.choice(regions, size=N, p=[0.3, 0.22, 0.18, 0.15, 0.15])
month = pd.PeriodIndex(pd.period_range("2022-01", "2024-06", freq="M"))
mon = month[rng.integers(0, len(month), size=N)]
base = {"주거용": 320, "상업용": 1450, "산업용": 5200}
seasonal = 1 + 0.25 * np.cos((np.asarray(mon.month) - 8) / 12 * 2 * np.pi)
kwh = np.array([base[u] for u in use]) * seasonal * rng.lognormal(0, 0.35, size=N)
kwh = np.round(kwh).astype(float)
# 이상값: 검침 오류로 보이는 큰 값
odd = rng.choice(np.where(use != "산업용")[0], size=5, replace=False)
kwh[odd] = kwh[odd] * 12
kwh[rng.choice(N, size=60, replace=False)] = np.nan

df = pd.DataFrame(
    {
        "meter_id": [f"M{i:05d}" for i in rng.permutation(np.arange(10001, 10001 + N))],
        "검침월": mon.strftime("%Y-%m"),
        "지역": region,
        "용도": use,
        "사용량": kwh,
        "계약전력": rng.choice([3, 5, 10, 20, 50], size=N),
    }
)
df = df.sort_values(["검침월", "meter_id"]).reset_index(drop=True)

(HERE / "data").mkdir(exist_ok=True)
(HERE / "answer").mkdir(exist_ok=True)
df.to_csv(HERE / "data" / "power.csv", index=False)

# ---- 정답: 전체 데이터 기준 용도별 중앙값으로 결측 채움 -> 2023년 -> |상업용 합 - 주거용 합|
d = pd.read_csv(HERE / "data" / "power.csv")
med = d.groupby("용도")["사용량"].median()
assert (med == np.round(med)).all(), med  # 중앙값이 정수여야 합계도 정수
d["사용량"] = d["사용량"].fillna(d.groupby("용도")["사용량"].transform("median"))
d23 = d[d["검침월"].str.startswith("2023")]
sums = d23.groupby("용도")["사용량"].sum()
v = abs(sums["상업용"] - sums["주거용"])
assert v == round(v)
answer = int(v)
# 흔한 실수: 결측을 채우지 않음 / 2023년만으로 중앙값 계산
raw_sums = pd.read_csv(HERE / "data" / "power.csv").query("검침월.str.startswith('2023')", engine="python").groupby("용도")["사용량"].sum()
alt_drop = abs(raw_sums["상업용"] - raw_sums["주거용"])
assert alt_drop != answer
(HERE / "answer" / "answers.yaml").write_text(f"answers: [{answer}]\n", encoding="utf-8")
if "--check" in sys.argv:
    print(med.to_dict(), sums.to_dict(), answer, "결측 그대로:", alt_drop)
