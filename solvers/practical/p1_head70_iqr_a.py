import pandas as pd

df = pd.read_csv("data/air_quality.csv")

n = int(len(df) * 0.7)
head = df.iloc[:n]

q1 = head["PM2.5"].quantile(0.25)  # 결측값은 자동으로 제외됨
q3 = head["PM2.5"].quantile(0.75)
print(round(q3 - q1, 3))
