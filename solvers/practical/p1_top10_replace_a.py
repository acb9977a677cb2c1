import pandas as pd

df = pd.read_csv("data/stores.csv")

# 월매출 내림차순으로 정렬해 상위 10개의 위치(인덱스)와 10번째 값을 얻는다
top = df["월매출"].sort_values(ascending=False)
tenth = top.iloc[9]
df.loc[top.index[:10], "월매출"] = tenth

result = df.loc[df["개업년도"] >= 2015, "월매출"].mean()
print(round(result, 2))
