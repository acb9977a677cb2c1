# 흔한 실수: 기울기 제곱에 (1 - rho)를 곱하지 않음
import numpy as np


def rmsprop_step(w, grad, s, lr=0.001, rho=0.9, eps=1e-7):
    new_s = rho * s + grad ** 2
    new_w = w - lr * grad / (np.sqrt(new_s) + eps)
    return new_w, new_s
