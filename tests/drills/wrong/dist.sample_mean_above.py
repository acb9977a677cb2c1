# 흔한 실수: 표본평균의 표준오차(σ/√n) 대신 모집단 표준편차 σ를 그대로 씀
from scipy import stats


def sample_mean_above(mu, sigma, n, c):
    return float(stats.norm.sf(c, loc=mu, scale=sigma))
