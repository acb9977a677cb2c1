# 흔한 실수: 벌점에서 λ/2의 1/2을 빠뜨림 (기울기 λ·w와 짝이 맞지 않음)
import numpy as np


def l2_penalty(w, lam):
    penalty = float(lam * np.sum(w ** 2))
    grad = lam * w
    return penalty, grad
