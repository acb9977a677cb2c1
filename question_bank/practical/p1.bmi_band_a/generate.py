"""p1.bmi_band_a: 건강검진 데이터 생성기 (키 cm, 몸무게 kg).

실행: 이 폴더에서 `python generate.py` -> data/checkup.csv, answer/answers.yaml
"""

from pathlib import Path

import numpy as np
import pandas as pd

HERE = Path(__file__).resolve().parent
rng = np.random.default_rng(60128)

N = 650
sex = rng.choice(["M", "F"], size=N, p=[0.52, 0.48])
age = rng.integers(20, 80, size=N)
male = sex == "M"
height = np.where(male, rng.normal(173.0, 6.0, size=N), rng.normal(160.0, 5.5, size=N))
bmi_true = np.where(male, rng.normal(24.3, 3.2, size=N), rng.normal(22.4, 3.3, size=N))
weight = bmi_true * (height / 100) ** 2
height = np.round(height, 1)
weight = np.round(weight, 1)
heavy = rng.choice(N, size=4, replace=False)
weight[heavy] = np.round(rng.uniform(118, 142, size=4), 1)  # 고도비만
sbp = np.round(100 + 0.45 * age + 1.3 * (bmi_true - 22) + rng.normal(0, 10, size=N)).astype(int)
smoke = rng.choice(["비흡연", "과거흡연", "흡연"], size=N, p=[0.58, 0.2, 0.22])

df = pd.DataFrame(
    {
        "검진번호": [f"H{i:05d}" for i in range(1, N + 1)],
        "성별": sex,
        "나이": age,
        "키": height,
        "몸무게": weight,
        "수축기혈압": sbp,
        "흡연상태": smoke,
    }
)
df.loc[rng.choice(N, size=14, replace=False), "키"] = np.nan
df.loc[rng.choice(N, size=19, replace=False), "몸무게"] = np.nan

(HERE / "data").mkdir(exist_ok=True)
(HERE / "answer").mkdir(exist_ok=True)
df.to_csv(HERE / "data" / "checkup.csv", index=False)

# ---- 정답: 키/몸무게 결측 제외 -> BMI = kg / m^2 -> 정상(18.5 <= BMI < 23) 수 - 비만(BMI >= 25) 수
d = pd.read_csv(HERE / "data" / "checkup.csv").dropna(subset=["키", "몸무게"])
bmi = d["몸무게"] / (d["키"] / 100) ** 2
for edge in (18.5, 23, 25):
    assert not (abs(bmi - edge) < 1e-4).any(), edge  # 경계값에 걸리는 사람 없음
normal = int(((bmi >= 18.5) & (bmi < 23)).sum())
obese = int((bmi >= 25).sum())
answer = normal - obese
assert answer > 0
(HERE / "answer" / "answers.yaml").write_text(f"answers: [{answer}]\n", encoding="utf-8")
if __name__ == "__main__" and "--check" in __import__("sys").argv:
    cut = pd.cut(bmi, [0, 18.5, 23, 25, 100], right=False).value_counts().sort_index()
    print("answer", answer, "정상", normal, "비만", obese, cut.to_dict(), "사용 행:", len(d))
