"""p1.fillna_quantile_a: 아파트 매매 거래 데이터 생성기.

실행: 이 폴더에서 `python generate.py` -> data/apartments.csv, answer/answers.yaml
"""

from pathlib import Path

import numpy as np
import pandas as pd

HERE = Path(__file__).resolve().parent
rng = np.random.default_rng(58203)

N = 460
gu = rng.choice(["강남구", "마포구", "노원구", "송파구", "관악구", "은평구"], size=N,
                p=[0.16, 0.17, 0.19, 0.16, 0.16, 0.16])
gu_level = {"강남구": 1.9, "송파구": 1.55, "마포구": 1.35, "은평구": 0.95, "관악구": 0.9, "노원구": 0.8}
area = np.round(rng.choice([39.6, 49.9, 59.9, 84.9, 101.8, 114.7], size=N, p=[0.08, 0.14, 0.3, 0.34, 0.08, 0.06])
                + rng.normal(0, 0.6, size=N), 2)
floor = rng.integers(1, 26, size=N)
built = rng.integers(1986, 2022, size=N)
level = np.array([gu_level[g] for g in gu])
price = level * area * (520 + 4.0 * (built - 1986)) * rng.lognormal(0, 0.12, size=N) + floor * 35
price = np.round(price).astype(float)  # 만원
deal = pd.Timestamp("2023-01-01") + pd.to_timedelta(rng.integers(0, 730, size=N), unit="D")

df = pd.DataFrame(
    {
        "거래ID": [f"APT{i:05d}" for i in range(1, N + 1)],
        "자치구": gu,
        "전용면적": area,
        "층": floor,
        "건축년도": built,
        "거래일": deal.strftime("%Y-%m-%d"),
        "거래금액": price,
    }
)
# 신고 지연으로 거래금액 결측 (약 18%, 고가 매물에서 조금 더 자주)
p_miss = np.where(price > np.quantile(price, 0.6), 0.27, 0.12)
df.loc[rng.random(N) < p_miss, "거래금액"] = np.nan
df.loc[rng.choice(N, size=9, replace=False), "층"] = -1  # 층 입력 오류 (지하 아님)
df["거래금액"] = df["거래금액"].astype("Int64")

(HERE / "data").mkdir(exist_ok=True)
(HERE / "answer").mkdir(exist_ok=True)
df.to_csv(HERE / "data" / "apartments.csv", index=False)

# ---- 정답: 거래금액 결측 -> 평균으로 채움 -> 0.8 분위수(pandas 기본, 선형 보간) -> 버림
d = pd.read_csv(HERE / "data" / "apartments.csv")
filled = d["거래금액"].fillna(d["거래금액"].mean())
q = float(filled.quantile(0.8))
frac = q - np.floor(q)
assert 1e-3 < frac < 1 - 1e-3, q
answer = int(q)
no_fill = float(d["거래금액"].quantile(0.8))
assert int(no_fill) != answer
(HERE / "answer" / "answers.yaml").write_text(f"answers: [{answer}]\n", encoding="utf-8")
if __name__ == "__main__" and "--check" in __import__("sys").argv:
    print("q", q, "answer", answer, "결측 수:", int(d["거래금액"].isna().sum()), "채우지 않으면:", no_fill,
          "중앙값으로 채우면:", d["거래금액"].fillna(d["거래금액"].median()).quantile(0.8))
