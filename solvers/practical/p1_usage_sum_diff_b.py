import pandas as pd

df = pd.read_csv("data/power.csv")

# 1. 용도별 중앙값으로 결측 대치 (전체 데이터 기준)
df["사용량"] = df["사용량"].fillna(df.groupby("용도")["사용량"].transform("median"))

# 2. 2023년만
d = df[df["검침월"].str[:4] == "2023"]

# 3. 용도별 합계의 차이
sums = d.groupby("용도")["사용량"].sum()
print(int(abs(sums["상업용"] - sums["주거용"])))
