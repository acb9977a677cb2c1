# 흔한 실수: np.std(ddof=0, 모표준편차)로 나눔
import numpy as np


def group_zscore(df):
    out = df.copy()
    out["z"] = out.groupby("group")["value"].transform(lambda x: (x - x.mean()) / np.std(x))
    return out
