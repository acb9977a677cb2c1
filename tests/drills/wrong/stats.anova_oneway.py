# 흔한 실수: 결측값(NaN)을 빼지 않고 f_oneway에 넘김
from scipy import stats


def anova_oneway(df):
    samples = [values.to_numpy() for _, values in df.groupby("group")["value"]]
    result = stats.f_oneway(*samples)
    return float(result.statistic), float(result.pvalue)
