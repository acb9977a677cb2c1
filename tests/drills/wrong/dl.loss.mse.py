# 흔한 실수: 제곱 대신 절댓값 (MAE를 구함)
import numpy as np


def mse(y_true, y_pred):
    return float(np.mean(np.abs(y_true - y_pred)))
