"""p1.zscore_mode_b: 학생 성적 데이터 생성기.

실행: 이 폴더에서 `python generate.py` -> data/students.csv, answer/answers.yaml
"""

from pathlib import Path

import numpy as np
import pandas as pd

HERE = Path(__file__).resolve().parent
rng = np.random.default_rng(7301)

N = 480
depts = ["경영학과", "컴퓨터공학과", "통계학과", "심리학과", "기계공학과"]
dept = rng.choice(depts, size=N, p=[0.20, 0.29, 0.16, 0.17, 0.18])
year = rng.integers(1, 5, size=N)
sex = rng.choice(["M", "F"], size=N)
base = {"경영학과": 760, "컴퓨터공학과": 720, "통계학과": 735, "심리학과": 745, "기계공학과": 690}
toeic = np.array([base[d] for d in dept]) + 12 * (year - 2.5) + rng.normal(0, 85, size=N)
toeic = np.clip(np.round(toeic / 5) * 5, 250, 990).astype(float)
# 입력 오류로 보이는 낮은 점수 몇 개
toeic[rng.choice(N, size=4, replace=False)] = [95, 120, 60, 135]
gpa = np.clip(np.round(rng.normal(3.45, 0.5, size=N), 2), 0.0, 4.5)

df = pd.DataFrame(
    {
        "학번": [f"{rng.integers(2019, 2025)}{i:04d}" for i in range(1, N + 1)],
        "학과": dept,
        "학년": year,
        "성별": sex,
        "토익": toeic,
        "평점": gpa,
        "등록일": (pd.Timestamp("2024-02-01") + pd.to_timedelta(rng.integers(0, 28, size=N), unit="D")).strftime("%Y-%m-%d"),
    }
)
df.loc[rng.choice(N, size=29, replace=False), "토익"] = np.nan
df.loc[rng.choice(N, size=8, replace=False), "평점"] = np.nan

(HERE / "data").mkdir(exist_ok=True)
(HERE / "answer").mkdir(exist_ok=True)
df.to_csv(HERE / "data" / "students.csv", index=False)

# ---- 정답: 최빈 학과 -> 토익 결측 제외 -> z = (x-평균)/표본표준편차(ddof=1) -> 최댓값, 소수 셋째 자리 반올림
d = pd.read_csv(HERE / "data" / "students.csv")
counts = d["학과"].value_counts()
assert counts.iloc[0] - counts.iloc[1] >= 10, counts
# 토익 결측을 빼고 세어도 같은 학과가 최빈이어야 함
assert d.dropna(subset=["토익"])["학과"].value_counts().index[0] == counts.index[0]
s = d.loc[d["학과"] == counts.index[0], "토익"].dropna()
z = (s - s.mean()) / s.std(ddof=1)
v = float(z.max())
scaled = v * 1000
assert abs(scaled - np.floor(scaled) - 0.5) > 0.02, v
answer = round(v, 3)
z0 = (s - s.mean()) / s.std(ddof=0)
assert round(float(z0.max()), 3) != answer
(HERE / "answer" / "answers.yaml").write_text(f"answers: [{answer}]\n", encoding="utf-8")
if "--check" in __import__("sys").argv:
    print(counts.to_dict(), v, "ddof=0:", float(z0.max()))
