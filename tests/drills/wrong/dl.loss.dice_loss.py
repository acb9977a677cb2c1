# 흔한 실수: smooth를 분자에만 더함
import numpy as np


def dice_loss(y_true, y_pred, smooth=1):
    inter = np.sum(y_true * y_pred)
    return float(1 - (2 * inter + smooth) / (np.sum(y_true) + np.sum(y_pred)))
