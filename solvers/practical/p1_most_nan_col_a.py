import pandas as pd

df = pd.read_csv("data/survey.csv")

busan = df[df["지역"] == "부산"]
na_count = busan.isna().sum()
print(na_count.idxmax())
