import pandas as pd

df = pd.read_csv("data/orders.csv")
df["주문일시"] = pd.to_datetime(df["주문일시"])  # 빈 칸은 NaT가 되어 아래 조건에서 빠짐

jp = df[(df["국가"] == "JP") & (df["주문일시"].dt.year == 2023)].copy()
jp["월"] = jp["주문일시"].dt.month

top_month = jp.groupby("월").size().idxmax()  # 건수 기준 (수량 합계 기준이 아님)
print(int(jp.loc[jp["월"] == top_month, "수량"].sum()))
