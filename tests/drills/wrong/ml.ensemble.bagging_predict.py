# 흔한 실수: 삭제된 base_estimator= 인자
from sklearn.ensemble import BaggingClassifier
from sklearn.tree import DecisionTreeClassifier


def bagging_predict(X_train, y_train, X_test):
    model = BaggingClassifier(base_estimator=DecisionTreeClassifier(), n_estimators=100, random_state=42)
    return model.fit(X_train, y_train).predict(X_test)
