import pandas as pd
from scipy import stats

df = pd.read_csv("data/weights.csv")
a = df.loc[df["line"] == "A", "weight"]
b = df.loc[df["line"] == "B", "weight"]

# 1. F = B 분산 / A 분산 (ddof=1)
f = b.var() / a.var()
dfn, dfd = len(b) - 1, len(a) - 1
# 양측 F-검정 p-value
f_p = 2 * min(stats.f.cdf(f, dfn, dfd), stats.f.sf(f, dfn, dfd))
equal_var = f_p >= 0.05  # 기각되면 Welch

# 2, 3. 독립표본 t-검정 (A - B, 양측)
res = stats.ttest_ind(a, b, equal_var=equal_var)

print(round(f, 3))
print(round(res.statistic, 3))
print(round(res.pvalue, 4))
