# 흔한 실수: argsort 결과(정렬 순서의 인덱스)를 순위로 착각해 스피어만 상관계수를 구함
import numpy as np


def pearson_spearman(x, y):
    r = np.corrcoef(x, y)[0, 1]
    rho = np.corrcoef(np.argsort(x), np.argsort(y))[0, 1]
    return float(r), float(rho)
