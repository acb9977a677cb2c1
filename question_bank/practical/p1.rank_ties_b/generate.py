"""p1.rank_ties_b: 코딩 대회 참가자 점수 데이터 생성기.

실행: 이 폴더에서 `python generate.py` -> data/contest.csv, answer/answers.yaml
"""

import sys
from pathlib import Path

import numpy as np
import pandas as pd

HERE = Path(__file__).resolve().parent
SEED = int(sys.argv[sys.argv.index("--seed") + 1]) if "--seed" in sys.argv else 42022
rng = np.random.default_rng(SEED)

N = 520
div = rng.choice(["일반", "청소년", "시니어"], size=N, p=[0.55, 0.3, 0.15])
age = np.where(
    div == "청소년", rng.integers(14, 20, size=N),
    np.where(div == "시니어", rng.integers(60, 76, size=N), rng.integers(20, 60, size=N)),
)
skill = rng.normal(0, 1, size=N) - 0.012 * np.abs(age - 32)
score = np.clip(np.round(62 + 12 * skill), 0, 100).astype(float)
score[rng.choice(N, size=27, replace=False)] = np.nan  # 기권

df = pd.DataFrame(
    {
        "참가번호": [f"C{i:04d}" for i in range(1, N + 1)],
        "부문": div,
        "지역": rng.choice(["서울", "경기", "인천", "부산", "대전", "광주"], size=N),
        "나이": age,
        "점수": score,
        "접수일": (pd.Timestamp("2024-08-01") + pd.to_timedelta(rng.integers(0, 20, size=N), unit="D")).strftime("%Y/%m/%d"),
    }
)

(HERE / "data").mkdir(exist_ok=True)
(HERE / "answer").mkdir(exist_ok=True)
df.to_csv(HERE / "data" / "contest.csv", index=False)

# ---- 정답: 일반 부문, 점수 결측 제외 -> 점수 내림차순 rank(method='min') -> 순위 10 이하 -> 평균 나이
d = pd.read_csv(HERE / "data" / "contest.csv")
g = d[d["부문"] == "일반"].dropna(subset=["점수"]).copy()
top = g["점수"].sort_values(ascending=False).to_numpy()
# 10위 경계에 정확히 두 명이 동점: 10·11번째 같고 9·12번째와 다름 -> method마다 인원이 달라짐
assert top[9] == top[10] and top[8] > top[9] and top[10] > top[11], top[:13]
res = {}
for m in ["min", "first", "average", "max", "dense"]:
    r = g["점수"].rank(method=m, ascending=False)
    res[m] = (int((r <= 10).sum()), float(g.loc[r <= 10, "나이"].mean()))
v = res["min"][1]
scaled = v * 100
assert abs(scaled - np.floor(scaled) - 0.5) > 0.02, v
answer = round(v, 2)
assert all(round(res[m][1], 2) != answer for m in ["first", "average", "max", "dense"]), res
(HERE / "answer" / "answers.yaml").write_text(f"answers: [{answer}]\n", encoding="utf-8")
if "--check" in sys.argv:
    print(top[:13], res, answer)
