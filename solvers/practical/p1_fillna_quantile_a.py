import pandas as pd

df = pd.read_csv("data/apartments.csv")

mean_price = df["거래금액"].mean()  # 결측 제외 평균
df["거래금액"] = df["거래금액"].fillna(mean_price)

q80 = df["거래금액"].quantile(0.8)
print(int(q80))
