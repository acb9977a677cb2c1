# 흔한 실수: scipy expon의 scale(평균 대기시간 = 1/발생률)에 발생률을 그대로 넣음
from scipy import stats


def expon_within(rate, t):
    return float(stats.expon.cdf(t, scale=rate))
