"""p1.delivery_minutes_b: 배달 주문 데이터 (주문·도착 시각 문자열) 생성기.

실행: 이 폴더에서 `python generate.py` -> data/delivery.csv, answer/answers.yaml
"""

from pathlib import Path

import numpy as np
import pandas as pd

HERE = Path(__file__).resolve().parent
rng = np.random.default_rng(20240519)

N = 620
branches = ["강남", "홍대", "잠실", "신촌", "판교", "성수"]
branch_p = [0.22, 0.19, 0.17, 0.15, 0.14, 0.13]
base_minutes = {"강남": 34, "홍대": 31, "잠실": 37, "신촌": 29, "판교": 41, "성수": 33}
methods = ["카드", "간편결제", "현금"]

branch = rng.choice(branches, size=N, p=branch_p)
start = pd.Timestamp("2024-03-01 10:00:00")
# 주문 시각: 3월 한 달, 10시~다음날 2시 사이 (자정을 넘는 배달도 생김)
day = rng.integers(0, 31, size=N)
sec_of_window = rng.integers(0, 16 * 3600, size=N)
order = start + pd.to_timedelta(day, unit="D") + pd.to_timedelta(sec_of_window, unit="s")

mean_min = np.array([base_minutes[b] for b in branch], dtype=float)
dur_sec = np.round(rng.gamma(shape=9.0, scale=mean_min / 9.0) * 60 + rng.integers(-40, 40, size=N)).astype(int)
dur_sec = np.clip(dur_sec, 8 * 60, None)
# 이상값: 몇 건은 2시간 넘게 걸림
out_idx = rng.choice(N, size=7, replace=False)
dur_sec[out_idx] = rng.integers(125 * 60, 190 * 60, size=7)
arrive = order + pd.to_timedelta(dur_sec, unit="s")

amount = (np.round(rng.lognormal(mean=10.0, sigma=0.35, size=N) / 100) * 100).astype(int)
method = rng.choice(methods, size=N, p=[0.55, 0.35, 0.10])

df = pd.DataFrame(
    {
        "order_id": [f"D{i:05d}" for i in range(1, N + 1)],
        "지점": branch,
        "주문시각": order.strftime("%Y-%m-%d %H:%M:%S"),
        "도착시각": arrive.strftime("%Y-%m-%d %H:%M:%S"),
        "결제금액": amount,
        "결제수단": method,
    }
)
# 취소 주문: 도착시각 결측
cancel = rng.choice(N, size=31, replace=False)
df.loc[cancel, "도착시각"] = np.nan
# 결제금액 일부 결측
df.loc[rng.choice(N, size=12, replace=False), "결제금액"] = np.nan
df["결제금액"] = df["결제금액"].astype("Int64")

(HERE / "data").mkdir(exist_ok=True)
(HERE / "answer").mkdir(exist_ok=True)
df.to_csv(HERE / "data" / "delivery.csv", index=False)

# ---- 정답: 도착시각 결측 제외, 소요시간(분, 초 포함) -> 120분 이상 제외 -> 지점별 평균 -> 최댓값, 버림
d = pd.read_csv(HERE / "data" / "delivery.csv")
d = d.dropna(subset=["도착시각"])
minutes = (pd.to_datetime(d["도착시각"]) - pd.to_datetime(d["주문시각"])).dt.total_seconds() / 60
keep = minutes < 120
assert not ((minutes > 119) & (minutes < 121)).any()  # 이상/초과 해석 차이가 없도록
means = minutes[keep].groupby(d.loc[keep, "지점"]).mean().sort_values(ascending=False)
top = float(means.iloc[0])
frac = top - np.floor(top)
assert 1e-3 < frac < 1 - 1e-3, top
answer = int(np.floor(top))
(HERE / "answer" / "answers.yaml").write_text(f"answers: [{answer}]\n", encoding="utf-8")
if __name__ == "__main__" and "--check" in __import__("sys").argv:
    # 흔한 실수와 비교 (정보용)
    no_out = minutes.groupby(d["지점"]).mean().max()
    floor_min = ((pd.to_datetime(d["도착시각"]) - pd.to_datetime(d["주문시각"])).dt.seconds // 60)
    fl = floor_min[keep].groupby(d.loc[keep, "지점"]).mean().max()
    print(means.round(4).to_dict(), answer, "이상값 포함:", round(no_out, 4), "분만 버림:", round(fl, 4))
