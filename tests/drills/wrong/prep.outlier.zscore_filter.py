# 흔한 실수: np.std(모표준편차, ddof=0)로 z-점수를 계산
import numpy as np


def drop_zscore_outliers(df, col, threshold):
    s = df[col]
    z = (s - s.mean()) / np.std(s)
    return df[~(z.abs() > threshold)]
