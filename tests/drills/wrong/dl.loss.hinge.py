# 흔한 실수: 0과 비교하지 않아 음수 손실이 생김
import numpy as np


def hinge(y_true, y_pred):
    return float(np.mean(1 - y_true * y_pred))
