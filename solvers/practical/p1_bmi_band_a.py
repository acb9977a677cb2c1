import pandas as pd

df = pd.read_csv("data/checkup.csv")
df = df.dropna(subset=["키", "몸무게"])

df["BMI"] = df["몸무게"] / (df["키"] / 100) ** 2

normal = ((df["BMI"] >= 18.5) & (df["BMI"] < 23)).sum()
obese = (df["BMI"] >= 25).sum()
print(int(normal - obese))
