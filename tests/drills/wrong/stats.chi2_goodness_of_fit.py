# 흔한 실수: 기대 비율(f_exp)을 넘기지 않아 균등분포와 비교함
from scipy import stats


def chisquare_gof(observed, probs):
    result = stats.chisquare(observed)
    return float(result.statistic), float(result.pvalue)
