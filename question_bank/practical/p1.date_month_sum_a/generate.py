"""p1.date_month_sum_a: 해외 주문 데이터 생성기 (주문일시는 문자열).

실행: 이 폴더에서 `python generate.py` -> data/orders.csv, answer/answers.yaml
"""

from pathlib import Path

import numpy as np
import pandas as pd

HERE = Path(__file__).resolve().parent
rng = np.random.default_rng(12688)

N = 1500
country = rng.choice(["KR", "JP", "US", "VN", "DE"], size=N, p=[0.34, 0.22, 0.2, 0.14, 0.1])
# 2022-01-01 ~ 2024-06-30, 나라별로 성수기가 다름 (JP는 2023년 가을에 주문이 몰림)
start = pd.Timestamp("2022-01-01")
span_min = int((pd.Timestamp("2024-07-01") - start).total_seconds() // 60)
minutes = rng.integers(0, span_min, size=N)
jp23 = np.flatnonzero(country == "JP")[:40]
minutes[jp23] = rng.integers(
    int((pd.Timestamp("2023-09-01") - start).total_seconds() // 60),
    int((pd.Timestamp("2023-12-01") - start).total_seconds() // 60),
    size=len(jp23),
)
# KR은 2023년 3월 할인 행사로 주문이 몰림 (전체 국가 기준 최다 월은 JP와 다름)
kr23 = np.flatnonzero(country == "KR")[:45]
minutes[kr23] = rng.integers(
    int((pd.Timestamp("2023-03-01") - start).total_seconds() // 60),
    int((pd.Timestamp("2023-04-01") - start).total_seconds() // 60),
    size=len(kr23),
)
# JP 2023년 5월 대량 주문 2건 (건수 최다 월과 수량 합계 최다 월이 다름)
jp_may = np.flatnonzero(country == "JP")[40:42]
minutes[jp_may] = rng.integers(
    int((pd.Timestamp("2023-05-01") - start).total_seconds() // 60),
    int((pd.Timestamp("2023-06-01") - start).total_seconds() // 60),
    size=2,
)
when = start + pd.to_timedelta(minutes, unit="min")
category = rng.choice(["화장품", "식품", "의류", "전자기기", "생활용품"], size=N)
qty = rng.integers(1, 9, size=N)
# 대량 주문 몇 건 (건수로는 1건이지만 수량 합계를 크게 바꿈)
bulk = rng.choice(N, size=25, replace=False)
qty[bulk] = rng.integers(40, 120, size=25)
qty[jp_may] = [130, 115]
price = (np.round(rng.lognormal(10.2, 0.6, size=N) / 100) * 100).astype(int)

df = pd.DataFrame(
    {
        "주문번호": [f"OD{i:06d}" for i in range(1, N + 1)],
        "주문일시": when.strftime("%Y-%m-%d %H:%M"),
        "국가": country,
        "상품분류": category,
        "수량": qty,
        "단가": price,
    }
)
df = df.sample(frac=1, random_state=7).reset_index(drop=True)  # 날짜 순서가 아님
df.loc[rng.choice(N, size=18, replace=False), "주문일시"] = np.nan  # 일시 누락

(HERE / "data").mkdir(exist_ok=True)
(HERE / "answer").mkdir(exist_ok=True)
df.to_csv(HERE / "data" / "orders.csv", index=False)

# ---- 정답: 2023년 JP 주문 -> 월별 건수 -> 가장 많은 월 -> 그 월의 수량 합계
d = pd.read_csv(HERE / "data" / "orders.csv")
d["주문일시"] = pd.to_datetime(d["주문일시"])
jp = d[(d["국가"] == "JP") & (d["주문일시"].dt.year == 2023)]
cnt = jp.groupby(jp["주문일시"].dt.month).size().sort_values(ascending=False)
assert cnt.iloc[0] - cnt.iloc[1] >= 2, cnt  # 가장 많은 월이 하나뿐
month = int(cnt.index[0])
answer = int(jp.loc[jp["주문일시"].dt.month == month, "수량"].sum())
qty_month = int(jp.groupby(jp["주문일시"].dt.month)["수량"].sum().idxmax())
all23 = d[d["주문일시"].dt.year == 2023]
all_month = int(all23.groupby(all23["주문일시"].dt.month).size().idxmax())
assert qty_month != month and all_month != month
(HERE / "answer" / "answers.yaml").write_text(f"answers: [{answer}]\n", encoding="utf-8")
if __name__ == "__main__" and "--check" in __import__("sys").argv:
    print("month", month, "answer", answer, "월별 건수:", cnt.sort_index().to_dict(),
          "수량합 최대 월:", qty_month, "전체 국가 최다 월:", all_month)
