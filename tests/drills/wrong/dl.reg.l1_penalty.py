# 흔한 실수: 부호를 w / |w|로 구해 0인 가중치에서 기울기가 nan이 됨
import numpy as np


def l1_penalty(w, lam):
    penalty = float(lam * np.sum(np.abs(w)))
    grad = lam * w / np.abs(w)
    return penalty, grad
