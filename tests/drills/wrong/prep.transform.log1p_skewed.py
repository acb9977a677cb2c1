# 흔한 실수: log1p 대신 np.log를 써서 0이 -inf가 됨
import numpy as np


def log1p_skewed(df, threshold):
    out = df.copy()
    for col in out.select_dtypes(include="number").columns:
        if out[col].skew() > threshold:
            out[col] = np.log(out[col])
    return out
