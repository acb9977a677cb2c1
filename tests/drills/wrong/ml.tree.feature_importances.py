# 흔한 실수: max_depth를 빠뜨려 나무가 끝까지 자람 (잡음 열까지 중요도를 받음)
import pandas as pd
from sklearn.tree import DecisionTreeClassifier


def tree_importances(X, y, max_depth):
    model = DecisionTreeClassifier(random_state=0).fit(X, y)
    return pd.Series(model.feature_importances_, index=X.columns)
