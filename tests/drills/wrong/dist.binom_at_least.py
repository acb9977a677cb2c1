# 흔한 실수: 1 − P(X ≤ k)로 P(X > k)를 구함 (X = k인 경우가 빠짐)
from scipy import stats


def binom_at_least(n, p, k):
    return float(1 - stats.binom.cdf(k, n, p))
