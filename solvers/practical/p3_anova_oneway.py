import pandas as pd
from scipy import stats

df = pd.read_csv("data/tomato.csv")
df = df.dropna(subset=["yield_kg"])  # 결측이 있으면 f_oneway가 nan을 돌려줌

groups = [g["yield_kg"] for _, g in df.groupby("fertilizer")]
f, p = stats.f_oneway(*groups)

print(round(f, 3))
print(round(p, 4))
print("기각" if p < 0.05 else "채택")
