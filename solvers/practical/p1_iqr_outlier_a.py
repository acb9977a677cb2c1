import pandas as pd

df = pd.read_csv("data/products.csv")

b = df.loc[df["생산라인"] == "B", "무게"].dropna()
q1 = b.quantile(0.25)
q3 = b.quantile(0.75)
iqr = q3 - q1
lower = q1 - 1.5 * iqr
upper = q3 + 1.5 * iqr

print(int(((b < lower) | (b > upper)).sum()))
