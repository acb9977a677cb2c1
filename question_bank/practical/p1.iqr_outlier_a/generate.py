"""p1.iqr_outlier_a: 생산 라인별 제품 무게 데이터 생성기.

실행: 이 폴더에서 `python generate.py` -> data/products.csv, answer/answers.yaml
"""

from pathlib import Path

import numpy as np
import pandas as pd

HERE = Path(__file__).resolve().parent
rng = np.random.default_rng(83352)

N = 900
line = rng.choice(["A", "B", "C"], size=N, p=[0.36, 0.34, 0.30])
target = {"A": 250.0, "B": 500.0, "C": 1000.0}  # 라인마다 규격이 달라 전체로 IQR을 구하면 안 됨
spread = {"A": 2.2, "B": 3.6, "C": 5.5}
mu = np.array([target[x] for x in line])
sd = np.array([spread[x] for x in line])
weight = mu + sd * rng.standard_t(df=5, size=N)
# 라인 B에는 포장 불량으로 무게가 크게 벗어난 제품이 섞임
bad = rng.choice(np.flatnonzero(line == "B"), size=7, replace=False)
weight[bad] = weight[bad] + rng.choice([-1, 1], size=7) * rng.uniform(14, 30, size=7)
weight = np.round(weight, 2)
made = pd.Timestamp("2024-05-01") + pd.to_timedelta(rng.integers(0, 60 * 24 * 60, size=N), unit="min")
worker = rng.choice([f"W{i:02d}" for i in range(1, 13)], size=N)
defect = (rng.random(N) < 0.04).astype(int)

df = pd.DataFrame(
    {
        "제품번호": [f"P{i:05d}" for i in range(1, N + 1)],
        "생산라인": line,
        "생산일시": made.strftime("%Y-%m-%d %H:%M"),
        "작업자": worker,
        "무게": weight,
        "불량여부": defect,
    }
)
df.loc[rng.choice(N, size=21, replace=False), "무게"] = np.nan  # 계량기 미기록

(HERE / "data").mkdir(exist_ok=True)
(HERE / "answer").mkdir(exist_ok=True)
df.to_csv(HERE / "data" / "products.csv", index=False)

# ---- 정답: 라인 B (무게 결측 제외) -> Q1, Q3 (pandas 기본) -> [Q1 - 1.5 IQR, Q3 + 1.5 IQR] 밖의 개수
d = pd.read_csv(HERE / "data" / "products.csv")
b = d.loc[d["생산라인"] == "B", "무게"].dropna()
q1, q3 = b.quantile(0.25), b.quantile(0.75)
iqr = q3 - q1
lo, hi = q1 - 1.5 * iqr, q3 + 1.5 * iqr
assert not ((abs(b - lo) < 1e-3) | (abs(b - hi) < 1e-3)).any()  # 경계에 걸린 값 없음 (미만/이하 차이 없음)
answer = int(((b < lo) | (b > hi)).sum())
w = d["무게"]
wq1, wq3 = w.quantile(0.25), w.quantile(0.75)
whole = int(((b < wq1 - 1.5 * (wq3 - wq1)) | (b > wq3 + 1.5 * (wq3 - wq1))).sum())
assert whole != answer
(HERE / "answer" / "answers.yaml").write_text(f"answers: [{answer}]\n", encoding="utf-8")
if __name__ == "__main__" and "--check" in __import__("sys").argv:
    print("answer", answer, "B 행:", len(b), "경계:", round(lo, 4), round(hi, 4), "전체 IQR로:", whole,
          "표본 밖 하/상:", int((b < lo).sum()), int((b > hi).sum()))
