# 흔한 실수: correction=False를 빠뜨려 2×2 표에 Yates 연속성 보정이 적용됨
from scipy import stats


def chi2_independence(table):
    result = stats.chi2_contingency(table)
    return float(result.statistic), float(result.pvalue), int(result.dof)
