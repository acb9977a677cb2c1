import pandas as pd

df = pd.read_csv("data/checkup.csv")

g = df[(df["흡연여부"] == "Y") & (df["나이"] >= 40)]
g = g[~(g["수축기혈압"] > 250)]          # 입력 오류 제외 (결측은 3단계에서 처리)
g = g.dropna(subset=["몸무게", "수축기혈압"])

r = g["몸무게"].corr(g["수축기혈압"])    # 기본값 method="pearson"
print(round(r, 3))
