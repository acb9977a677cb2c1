# 흔한 실수: 군집 번호를 정렬하지 않고 등장 순서 그대로 뽑음
import numpy as np


def cluster_sample(df, col, k, seed):
    rng = np.random.default_rng(seed)
    chosen = rng.choice(df[col].unique(), size=k, replace=False)
    return df[df[col].isin(chosen)]
