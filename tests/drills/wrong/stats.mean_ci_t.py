# 흔한 실수: 소표본인데 t 분포 대신 표준정규분포(z, 1.96)로 신뢰구간을 구함
import numpy as np
from scipy import stats


def mean_ci(x, confidence=0.95):
    sem = np.std(x, ddof=1) / np.sqrt(len(x))
    low, high = stats.norm.interval(confidence, loc=np.mean(x), scale=sem)
    return float(low), float(high)
