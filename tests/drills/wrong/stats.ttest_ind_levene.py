# 흔한 실수: Levene 검정 결과와 상관없이 기본값(equal_var=True)으로 t-검정함
from scipy import stats


def ttest_ind_auto(a, b, alpha=0.05):
    return float(stats.ttest_ind(a, b).pvalue)
