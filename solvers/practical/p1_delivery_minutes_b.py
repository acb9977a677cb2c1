import numpy as np
import pandas as pd

df = pd.read_csv("data/delivery.csv")
df = df.dropna(subset=["도착시각"])

order = pd.to_datetime(df["주문시각"])
arrive = pd.to_datetime(df["도착시각"])
df["소요분"] = (arrive - order).dt.total_seconds() / 60

df = df[df["소요분"] < 120]
result = df.groupby("지점")["소요분"].mean().max()
print(int(np.floor(result)))
