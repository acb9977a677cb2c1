# 흔한 실수: 단측 검정에서 인자 순서를 바꿔 (before − after)로 검정함
from scipy import stats


def paired_ttest_less(before, after):
    result = stats.ttest_rel(before, after, alternative="less")
    return float(result.statistic), float(result.pvalue)
