# 흔한 실수: 마스크만 곱하고 keep_prob로 나누지 않음 (역 드롭아웃의 배율 조정 누락)
import numpy as np


def inverted_dropout(x, mask, keep_prob):
    return x * mask
