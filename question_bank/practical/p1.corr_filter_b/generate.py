"""p1.corr_filter_b: 건강검진 데이터 생성기.

실행: 이 폴더에서 `python generate.py` -> data/checkup.csv, answer/answers.yaml
"""

import sys
from pathlib import Path

import numpy as np
import pandas as pd

HERE = Path(__file__).resolve().parent
SEED = int(sys.argv[sys.argv.index("--seed") + 1]) if "--seed" in sys.argv else 6061
rng = np.random.default_rng(SEED)

N = 850
sex = rng.choice(["남", "여"], size=N)
age = rng.integers(20, 80, size=N)
male = sex == "남"
height = np.round(np.where(male, rng.normal(172, 6, size=N), rng.normal(159, 5.5, size=N)), 1)
bmi = rng.normal(23.8, 3.2, size=N) + 0.02 * (age - 45)
weight = np.round(bmi * (height / 100) ** 2, 1)
smoke = np.where(rng.random(N) < np.where(male, 0.38, 0.12), "Y", "N")
sbp = 92 + 0.45 * age + 1.7 * (bmi - 23.8) + 4 * (smoke == "Y") + rng.normal(0, 11, size=N)
sbp = np.round(sbp).astype(float)
glucose = np.round(82 + 0.25 * age + 1.5 * (bmi - 23.8) + rng.gamma(2.0, 6.0, size=N)).astype(float)
# 입력 오류: 혈압이 비정상적으로 큰 값 (예: 1305를 잘못 입력)
err = rng.choice(np.where((smoke == "Y") & (age >= 40))[0], size=4, replace=False)
sbp[err] = [1305.0, 980.0, 1420.0, 1160.0]
weight[rng.choice(N, size=25, replace=False)] = np.nan
sbp[rng.choice(N, size=22, replace=False)] = np.nan
glucose[rng.choice(N, size=30, replace=False)] = np.nan

df = pd.DataFrame(
    {
        "검진ID": [f"H{i:05d}" for i in range(1, N + 1)],
        "검진일": (pd.Timestamp("2024-01-02") + pd.to_timedelta(rng.integers(0, 360, size=N), unit="D")).strftime("%Y%m%d"),
        "성별": sex,
        "나이": age,
        "키": height,
        "몸무게": weight,
        "수축기혈압": sbp,
        "공복혈당": glucose,
        "흡연여부": smoke,
    }
)

(HERE / "data").mkdir(exist_ok=True)
(HERE / "answer").mkdir(exist_ok=True)
df.to_csv(HERE / "data" / "checkup.csv", index=False)

# ---- 정답: 흡연 Y & 나이 40 이상 -> 혈압 250 초과(입력 오류) 제외 -> 몸무게·혈압 결측 행 제외 -> 피어슨 상관
d = pd.read_csv(HERE / "data" / "checkup.csv")
g = d[(d["흡연여부"] == "Y") & (d["나이"] >= 40)]
g = g[~(g["수축기혈압"] > 250)]
g = g.dropna(subset=["몸무게", "수축기혈압"])
v = float(g["몸무게"].corr(g["수축기혈압"]))
scaled = v * 1000
assert abs(scaled - np.floor(scaled) - 0.5) > 0.02, v
answer = round(v, 3)
# 흔한 실수와 구분되는지
g2 = d[(d["흡연여부"] == "Y") & (d["나이"] >= 40)]
alt_err = round(float(g2["몸무게"].corr(g2["수축기혈압"])), 3)
alt_all = round(float(d[d["수축기혈압"] <= 250]["몸무게"].corr(d["수축기혈압"])), 3)
assert answer not in (alt_err, alt_all)
assert ((d["수축기혈압"] > 230) & (d["수축기혈압"] < 900)).sum() == 0  # 250 기준이 애매하지 않음
(HERE / "answer" / "answers.yaml").write_text(f"answers: [{answer}]\n", encoding="utf-8")
if "--check" in sys.argv:
    print(len(g), v, "오류 포함:", alt_err, "전체:", alt_all)
