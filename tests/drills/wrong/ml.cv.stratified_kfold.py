# 흔한 실수: cv=n_splits처럼 정수만 넘겨 섞지 않은(shuffle=False) 분할로 교차검증함
from sklearn.model_selection import cross_val_score
from sklearn.tree import DecisionTreeClassifier


def cv_mean_accuracy(X, y, n_splits, seed):
    model = DecisionTreeClassifier(max_depth=3, random_state=0)
    return cross_val_score(model, X, y, cv=n_splits, scoring="accuracy").mean()
