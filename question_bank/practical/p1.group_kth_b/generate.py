"""p1.group_kth_b: 매장 거래 데이터 생성기.

실행: 이 폴더에서 `python generate.py` -> data/sales.csv, answer/answers.yaml
"""

import sys
from pathlib import Path

import numpy as np
import pandas as pd

HERE = Path(__file__).resolve().parent
SEED = int(sys.argv[sys.argv.index("--seed") + 1]) if "--seed" in sys.argv else 5153
rng = np.random.default_rng(SEED)

N = 1400
stores = [f"S{i:02d}" for i in range(1, 15)]
store = rng.choice(stores, size=N)
level = dict(zip(stores, rng.normal(52000, 6000, size=len(stores))))
# 2024년에는 매장별 수준이 조금씩 바뀜 (연도 조건을 빼면 순위가 달라지도록)
shift = dict(zip(stores, rng.normal(0, 5000, size=len(stores))))
day = rng.integers(0, 731, size=N)
date = pd.Timestamp("2023-01-01") + pd.to_timedelta(day, unit="D")
is2024 = date.year == 2024
mu = np.array([level[s] + (shift[s] if y else 0.0) for s, y in zip(store, is2024)])
amount = np.round(rng.gamma(6.0, mu / 6.0) / 10) * 10
# 이상값: 대량 구매 몇 건
big = rng.choice(N, size=6, replace=False)
amount[big] = np.round(rng.uniform(400000, 900000, size=6) / 10) * 10
cats = ["식품", "생활용품", "의류", "가전", "뷰티"]

df = pd.DataFrame(
    {
        "거래ID": [f"T{i:06d}" for i in range(1, N + 1)],
        "거래일": date.strftime("%Y-%m-%d"),
        "매장코드": store,
        "품목분류": rng.choice(cats, size=N, p=[0.35, 0.25, 0.15, 0.1, 0.15]),
        "수량": rng.integers(1, 9, size=N),
        "매출액": amount,
        "회원여부": rng.choice(["Y", "N"], size=N, p=[0.6, 0.4]),
    }
)
df = df.sort_values(["거래일", "거래ID"]).reset_index(drop=True)
df["거래ID"] = [f"T{i:06d}" for i in range(1, N + 1)]
df.loc[rng.choice(N, size=70, replace=False), "매출액"] = np.nan

(HERE / "data").mkdir(exist_ok=True)
(HERE / "answer").mkdir(exist_ok=True)
df.to_csv(HERE / "data" / "sales.csv", index=False)

# ---- 정답: 2023년 거래, 매출액 결측 제외 -> 매장별 평균 -> 3번째로 큰 매장코드
d = pd.read_csv(HERE / "data" / "sales.csv")
d23 = d[pd.to_datetime(d["거래일"]).dt.year == 2023].dropna(subset=["매출액"])
means = d23.groupby("매장코드")["매출액"].mean().sort_values(ascending=False)
gaps = -np.diff(means.to_numpy()[:4])
assert (gaps > 300).all(), means.head(5)  # 2~4위 사이에 동률이나 근소한 차이 없음
answer = means.index[2]
alt_all = d.dropna(subset=["매출액"]).groupby("매장코드")["매출액"].mean().sort_values(ascending=False).index[2]
alt_zero = d[pd.to_datetime(d["거래일"]).dt.year == 2023].fillna({"매출액": 0}).groupby("매장코드")["매출액"].mean().sort_values(ascending=False).index[2]
(HERE / "answer" / "answers.yaml").write_text(f'answers: ["{answer}"]\n', encoding="utf-8")
if "--check" in sys.argv:
    print(means.head(5).round(1).to_dict(), answer, "연도조건 없음:", alt_all, "결측=0:", alt_zero)
