# 흔한 실수: GradientBoosting처럼 반복 횟수를 n_estimators=로 줌 (HistGradientBoosting은 max_iter=)
from sklearn.ensemble import HistGradientBoostingRegressor


def hgb_predict(X_train, y_train, X_test):
    model = HistGradientBoostingRegressor(n_estimators=100, learning_rate=0.05, max_depth=3, random_state=0)
    return model.fit(X_train, y_train).predict(X_test)
