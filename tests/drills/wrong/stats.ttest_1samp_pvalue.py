# 흔한 실수: 표본 표준편차를 쓰면서도 t 분포 대신 표준정규분포(z)로 p-값을 구함
import numpy as np
from scipy import stats


def ttest_1samp_pvalue(x, mu):
    x = x[~np.isnan(x)]
    z = (np.mean(x) - mu) / (np.std(x, ddof=1) / np.sqrt(len(x)))
    return float(2 * stats.norm.sf(abs(z)))
