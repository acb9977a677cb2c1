import pandas as pd

df = pd.read_csv("data/contest.csv")

g = df[df["부문"] == "일반"].dropna(subset=["점수"]).copy()
g["순위"] = g["점수"].rank(method="min", ascending=False)

top = g[g["순위"] <= 10]
print(round(top["나이"].mean(), 2))
