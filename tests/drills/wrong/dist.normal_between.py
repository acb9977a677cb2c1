# 흔한 실수: scale에 표준편차 대신 분산을 넣음
from scipy import stats


def normal_between(a, b, mu, variance):
    return float(stats.norm.cdf(b, mu, variance) - stats.norm.cdf(a, mu, variance))
