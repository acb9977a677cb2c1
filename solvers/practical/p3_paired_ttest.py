import pandas as pd
from scipy import stats

df = pd.read_csv("data/bp.csv")

# d = 후 - 전, H1: 평균 차이 < 0 (단측)
d = df["bp_after"] - df["bp_before"]
res = stats.ttest_rel(df["bp_after"], df["bp_before"], alternative="less")

print(round(d.mean(), 2))
print(round(res.statistic, 3))
print(round(res.pvalue, 4))
