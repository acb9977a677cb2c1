# 흔한 실수: P(X ≤ b) − P(X ≤ a)로 계산해 X = a인 경우가 빠짐
from scipy import stats


def poisson_between(lam, a, b):
    return float(stats.poisson.cdf(b, lam) - stats.poisson.cdf(a, lam))
