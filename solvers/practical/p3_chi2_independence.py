import pandas as pd
from scipy import stats

df = pd.read_csv("data/ott_survey.csv")

# 분할표(관측도수) 만들기
table = pd.crosstab(df["연령대"], df["요금제"])
chi2, p, dof, expected = stats.chi2_contingency(table)

print(round(chi2, 3))
print(int(dof))
print(round(p, 4))
