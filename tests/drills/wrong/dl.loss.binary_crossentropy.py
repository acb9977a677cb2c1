# 흔한 실수: 음성(0) 항을 빠뜨림
import numpy as np


def binary_crossentropy(y_true, y_pred):
    return float(np.mean(-y_true * np.log(y_pred)))
