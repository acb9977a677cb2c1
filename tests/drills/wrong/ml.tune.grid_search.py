# 흔한 실수: scoring을 빼서 로그 손실이 아니라 기본 정확도(accuracy)로 C를 고름
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GridSearchCV, StratifiedKFold


def grid_best(X, y):
    cv = StratifiedKFold(n_splits=5, shuffle=True, random_state=0)
    search = GridSearchCV(LogisticRegression(max_iter=1000, random_state=0), {"C": [0.1, 1.0, 10.0]}, cv=cv)
    search.fit(X, y)
    return search.best_params_, search.best_score_
