"""p1.most_nan_col_a: 생활 만족도 설문 데이터 생성기 (열마다 결측 비율이 다름).

실행: 이 폴더에서 `python generate.py` -> data/survey.csv, answer/answers.yaml
"""

from pathlib import Path

import numpy as np
import pandas as pd

HERE = Path(__file__).resolve().parent
rng = np.random.default_rng(90211)

N = 720
region = rng.choice(["서울", "부산", "인천", "대구", "광주"], size=N, p=[0.34, 0.22, 0.18, 0.14, 0.12])
df = pd.DataFrame(
    {
        "응답ID": [f"R{i:04d}" for i in range(1, N + 1)],
        "지역": region,
        "성별": rng.choice(["남", "여"], size=N),
        "나이": rng.integers(20, 75, size=N).astype(float),
        "직업": rng.choice(["사무직", "자영업", "학생", "전문직", "서비스직", "무직"], size=N),
        "월소득": np.round(rng.lognormal(5.8, 0.45, size=N), 0),
        "가구원수": rng.integers(1, 6, size=N).astype(float),
        "통근시간": np.round(rng.gamma(3.0, 14.0, size=N), 0),
        "여가시간": np.round(rng.gamma(4.0, 0.8, size=N), 1),
        "만족도": rng.integers(1, 6, size=N).astype(float),
        "응답일": (pd.Timestamp("2024-09-02") + pd.to_timedelta(rng.integers(0, 40, size=N), unit="D")).strftime("%Y-%m-%d"),
    }
)
# 열마다 결측 비율: 전체로는 월소득이 가장 많지만, 부산은 온라인 문항(통근시간) 누락이 많음
base_rate = {"성별": 0.01, "나이": 0.04, "직업": 0.06, "월소득": 0.15, "가구원수": 0.03,
             "통근시간": 0.08, "여가시간": 0.10, "만족도": 0.02}
busan = region == "부산"
for col, rate in base_rate.items():
    r = np.full(N, rate)
    if col == "통근시간":
        r[busan] = 0.27
    if col == "월소득":
        r[busan] = 0.11
    df.loc[rng.random(N) < r, col] = np.nan
for col in ["나이", "가구원수", "만족도", "월소득", "통근시간"]:
    df[col] = df[col].astype("Int64")

(HERE / "data").mkdir(exist_ok=True)
(HERE / "answer").mkdir(exist_ok=True)
df.to_csv(HERE / "data" / "survey.csv", index=False)

# ---- 정답: 지역 == '부산' 인 행 -> 열별 결측 수 -> 가장 많은 열 이름
d = pd.read_csv(HERE / "data" / "survey.csv")
cnt = d[d["지역"] == "부산"].isna().sum().sort_values(ascending=False)
assert cnt.iloc[0] - cnt.iloc[1] >= 3, cnt  # 동점 없음
answer = str(cnt.index[0])
overall = d.isna().sum().sort_values(ascending=False)
assert overall.iloc[0] - overall.iloc[1] >= 3 and overall.index[0] != answer, overall
(HERE / "answer" / "answers.yaml").write_text(f'answers: ["{answer}"]\n', encoding="utf-8")
if __name__ == "__main__" and "--check" in __import__("sys").argv:
    print("answer", answer, "\n부산:", cnt.to_dict(), "\n전체:", overall.to_dict())
