import pandas as pd

df = pd.read_csv("data/students.csv")

top_dept = df["학과"].value_counts().index[0]
s = df.loc[df["학과"] == top_dept, "토익"].dropna()

z = (s - s.mean()) / s.std()  # pandas std: ddof=1 (표본표준편차)
print(round(z.max(), 3))
