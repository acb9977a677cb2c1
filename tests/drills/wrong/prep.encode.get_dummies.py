# 흔한 실수: drop_first=True를 빠뜨려 모든 범주의 더미 열을 만듦
import pandas as pd


def one_hot(df, cols):
    return pd.get_dummies(df, columns=cols, dtype=int)
