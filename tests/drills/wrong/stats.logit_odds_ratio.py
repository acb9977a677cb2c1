# 흔한 실수: scikit-learn 기본 LogisticRegression(L2 규제, C=1)으로 적합해 계수가 0 쪽으로 줄어듦
import numpy as np
from sklearn.linear_model import LogisticRegression


def odds_ratio_x1(df):
    model = LogisticRegression().fit(df[["x1", "x2"]], df["y"])
    return float(np.exp(model.coef_[0, 0]))
