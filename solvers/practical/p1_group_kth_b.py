import pandas as pd

df = pd.read_csv("data/sales.csv")
df["거래일"] = pd.to_datetime(df["거래일"])

d = df[df["거래일"].dt.year == 2023]
d = d.dropna(subset=["매출액"])

means = d.groupby("매장코드")["매출액"].mean().sort_values(ascending=False)
print(means.index[2])
