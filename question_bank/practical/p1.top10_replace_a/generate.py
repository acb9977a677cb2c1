"""p1.top10_replace_a: 가맹점 매출 데이터 생성기.

실행: 이 폴더에서 `python generate.py` -> data/stores.csv, answer/answers.yaml
"""

from pathlib import Path

import numpy as np
import pandas as pd

HERE = Path(__file__).resolve().parent
rng = np.random.default_rng(70415)

N = 380
region = rng.choice(["서울", "경기", "부산", "대구", "광주", "대전"], size=N, p=[0.3, 0.25, 0.14, 0.11, 0.1, 0.1])
kind = rng.choice(["카페", "편의점", "치킨", "베이커리"], size=N, p=[0.32, 0.3, 0.22, 0.16])
opened = rng.integers(2005, 2024, size=N).astype(float)
staff = rng.integers(2, 15, size=N).astype(float)
sales = 180 + 28 * staff + rng.gamma(shape=3.0, scale=45.0, size=N) + rng.normal(0, 25, size=N)
# 상위 매장 몇 곳은 매출이 유난히 큼 (최근 개업한 대형 매장 위주)
top = rng.choice(np.flatnonzero(opened >= 2015), size=9, replace=False)
sales[top] = sales[top] + rng.uniform(900, 2400, size=9)
sales = np.round(np.clip(sales, 60, None), 1)

df = pd.DataFrame(
    {
        "매장코드": [f"S{i:04d}" for i in range(1, N + 1)],
        "지역": region,
        "업종": kind,
        "개업년도": opened,
        "직원수": staff,
        "월매출": sales,
    }
)
df.loc[rng.choice(N, size=14, replace=False), "직원수"] = np.nan
df.loc[rng.choice(N, size=11, replace=False), "개업년도"] = np.nan
df["개업년도"] = df["개업년도"].astype("Int64")
df["직원수"] = df["직원수"].astype("Int64")

(HERE / "data").mkdir(exist_ok=True)
(HERE / "answer").mkdir(exist_ok=True)
df.to_csv(HERE / "data" / "stores.csv", index=False)

# ---- 정답: 월매출 상위 10개를 10번째로 큰 값으로 바꿈 -> 개업년도 2015 이상 매장의 월매출 평균 -> 소수 둘째 자리
d = pd.read_csv(HERE / "data" / "stores.csv")
s = d["월매출"].sort_values(ascending=False)
assert s.iloc[:11].is_unique, s.iloc[:12]  # 10번째 값 주변에 동점 없음
tenth = s.iloc[9]
d.loc[s.index[:10], "월매출"] = tenth
v = float(d.loc[d["개업년도"] >= 2015, "월매출"].mean())
scaled = v * 100
assert abs(scaled - np.floor(scaled) - 0.5) > 1e-3, v
answer = round(v, 2)
# 흔한 실수: 11번째 값으로 바꿈 / 바꾸지 않음
d0 = pd.read_csv(HERE / "data" / "stores.csv")
no_rep = round(float(d0.loc[d0["개업년도"] >= 2015, "월매출"].mean()), 2)
d1 = d0.copy()
d1.loc[s.index[:10], "월매출"] = s.iloc[10]
eleventh = round(float(d1.loc[d1["개업년도"] >= 2015, "월매출"].mean()), 2)
assert len({answer, no_rep, eleventh}) == 3
(HERE / "answer" / "answers.yaml").write_text(f"answers: [{answer}]\n", encoding="utf-8")
if __name__ == "__main__" and "--check" in __import__("sys").argv:
    print("v", v, "answer", answer, "바꾸지 않음:", no_rep, "11번째 값:", eleventh, "상위 12:", s.iloc[:12].tolist())
