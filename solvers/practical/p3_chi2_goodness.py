import pandas as pd
from scipy import stats

df = pd.read_csv("data/payments.csv")
df = df.dropna(subset=["결제수단"])

claim = {"카드": 0.50, "간편결제": 0.30, "계좌이체": 0.12, "현금": 0.08}
# 관측도수를 작년 비율과 같은 순서로 맞춤 (value_counts는 빈도순)
obs = df["결제수단"].value_counts().reindex(list(claim.keys()))
exp = [len(df) * p for p in claim.values()]

chi2, p = stats.chisquare(obs, exp)

print(round(chi2, 3))
print(round(p, 4))
print("기각" if p < 0.05 else "채택")
