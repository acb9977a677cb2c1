# 흔한 실수: 주어진 λ로 변환식을 직접 쓰면서 λ = 0(로그 변환)인 경우를 빠뜨림
import pandas as pd
from scipy import stats


def boxcox_series(s, lmbda=None):
    if lmbda is None:
        values, _ = stats.boxcox(s.to_numpy(dtype=float))
        return pd.Series(values, index=s.index, name=s.name)
    return (s ** lmbda - 1) / lmbda
