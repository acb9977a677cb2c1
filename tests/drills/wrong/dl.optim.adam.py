# 흔한 실수: 편향 보정(m̂, v̂)을 하지 않고 m, v로 바로 갱신함
import numpy as np


def adam_step(w, grad, m, v, t, lr=0.001, beta1=0.9, beta2=0.999, eps=1e-8):
    new_m = beta1 * m + (1 - beta1) * grad
    new_v = beta2 * v + (1 - beta2) * grad ** 2
    new_w = w - lr * new_m / (np.sqrt(new_v) + eps)
    return new_w, new_m, new_v
