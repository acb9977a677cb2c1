# 흔한 실수: 최댓값을 빼지 않고 바로 exp를 계산해 큰 로짓에서 오버플로(inf/inf = nan)가 남
import numpy as np


def softmax(z):
    e = np.exp(z)
    return e / e.sum(axis=1, keepdims=True)
