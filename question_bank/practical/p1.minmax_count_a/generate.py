"""p1.minmax_count_a: 쇼핑몰 회원 데이터 생성기.

실행: 이 폴더에서 `python generate.py` -> data/members.csv, answer/answers.yaml
"""

from pathlib import Path

import numpy as np
import pandas as pd

HERE = Path(__file__).resolve().parent
rng = np.random.default_rng(31017)

N = 540
channel = rng.choice(["앱", "웹", "매장"], size=N, p=[0.45, 0.35, 0.20])
gender = rng.choice(["남", "여"], size=N, p=[0.46, 0.54])
age = rng.integers(19, 71, size=N).astype(float)
visits = rng.poisson(lam=np.where(channel == "앱", 9, 5)).astype(int)
# 월평균구매액(천원): 경로별로 분포가 다르게 (앱 회원이 조금 더 큼)
base = np.where(channel == "앱", 118.0, np.where(channel == "웹", 96.0, 74.0))
spend = np.round(base * rng.gamma(shape=4.0, scale=0.25, size=N) + rng.normal(0, 6, size=N), 1)
spend = np.clip(spend, 3.0, None)
# 웹/매장에 몇 명의 큰손 (앱만 정규화하면 영향이 없고, 전체로 정규화하면 결과가 달라짐)
big = rng.choice(np.flatnonzero(channel != "앱"), size=4, replace=False)
spend[big] = np.round(rng.uniform(720, 910, size=4), 1)
join = pd.Timestamp("2021-01-01") + pd.to_timedelta(rng.integers(0, 1200, size=N), unit="D")

df = pd.DataFrame(
    {
        "회원ID": [f"M{i:04d}" for i in range(1, N + 1)],
        "성별": gender,
        "나이": age,
        "가입경로": channel,
        "가입일": join.strftime("%Y-%m-%d"),
        "방문횟수": visits,
        "월평균구매액": spend,
    }
)
df.loc[rng.choice(N, size=23, replace=False), "나이"] = np.nan
df.loc[rng.choice(N, size=17, replace=False), "월평균구매액"] = np.nan
df["나이"] = df["나이"].astype("Int64")

(HERE / "data").mkdir(exist_ok=True)
(HERE / "answer").mkdir(exist_ok=True)
df.to_csv(HERE / "data" / "members.csv", index=False)

# ---- 정답: 앱 회원만 -> 월평균구매액 min-max (결측은 계산에서 빠짐) -> 0.5 초과 행 수
d = pd.read_csv(HERE / "data" / "members.csv")
app = d[d["가입경로"] == "앱"]
s = app["월평균구매액"]
scaled = (s - s.min()) / (s.max() - s.min())
assert not (abs(scaled - 0.5) < 1e-4).any()  # 초과/이상 해석 차이가 없도록
answer = int((scaled > 0.5).sum())
whole = (d["월평균구매액"] - d["월평균구매액"].min()) / (d["월평균구매액"].max() - d["월평균구매액"].min())
wrong = int(((whole > 0.5) & (d["가입경로"] == "앱")).sum())
assert wrong != answer
(HERE / "answer" / "answers.yaml").write_text(f"answers: [{answer}]\n", encoding="utf-8")
if __name__ == "__main__" and "--check" in __import__("sys").argv:
    print("answer", answer, "전체로 정규화 후 앱만:", wrong, "앱 행 수:", len(app), "결측:", int(s.isna().sum()))
