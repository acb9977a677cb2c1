# 흔한 실수: 분자와 분모를 바꿈 (KL(Q||P))
import numpy as np


def kld(y_true, y_pred):
    return float(np.mean(np.sum(y_pred * np.log(y_pred / y_true), axis=1)))
