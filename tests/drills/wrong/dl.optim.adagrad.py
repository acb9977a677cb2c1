# 흔한 실수: 이번 기울기 제곱을 누적하기 전의 G로 나눔 (순서가 뒤바뀜)
import numpy as np


def adagrad_step(w, grad, G, lr=0.01, eps=1e-7):
    new_w = w - lr * grad / (np.sqrt(G) + eps)
    new_G = G + grad ** 2
    return new_w, new_G
