# 흔한 실수: 표본분산(ddof=1)을 씀 — 배치 정규화는 모분산(ddof=0)을 씀
import numpy as np


def batchnorm_forward(x, gamma, beta, eps=1e-5):
    mean = x.mean(axis=0)
    var = x.var(axis=0, ddof=1)
    x_hat = (x - mean) / np.sqrt(var + eps)
    return gamma * x_hat + beta
