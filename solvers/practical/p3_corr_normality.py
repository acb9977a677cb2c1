import pandas as pd
from scipy import stats

df = pd.read_csv("data/study.csv")
df = df.dropna(subset=["study_hours", "score"])  # 둘 중 하나라도 결측이면 제외

p_hours = stats.shapiro(df["study_hours"]).pvalue
p_score = stats.shapiro(df["score"]).pvalue

if p_hours < 0.05 or p_score < 0.05:  # 하나라도 정규성 기각 -> 스피어만
    coef, p = stats.spearmanr(df["study_hours"], df["score"])
else:
    coef, p = stats.pearsonr(df["study_hours"], df["score"])

print(round(p_hours, 4))
print(round(coef, 3))
print(round(p, 4))
