# 흔한 실수: 상위 비율을 ppf에 그대로 넣어 하위 기준점을 구함
from scipy import stats


def top_cutoff(mu, sigma, top):
    return float(stats.norm.ppf(top, loc=mu, scale=sigma))
