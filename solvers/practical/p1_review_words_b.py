import pandas as pd

df = pd.read_csv("data/reviews.csv")
df = df.dropna(subset=["리뷰"])

df["단어수"] = df["리뷰"].str.split().str.len()  # 인자 없는 split: 연속 공백·앞뒤 공백 무시

cond = (df["평점"] <= 2) & (df["단어수"] >= 12)
print(int(cond.sum()))
