# 흔한 실수: 확률(predict_proba) 대신 0/1 라벨(predict)로 ROC-AUC를 계산함
from sklearn.ensemble import RandomForestClassifier
from sklearn.metrics import roc_auc_score


def rf_auc(X_train, y_train, X_test, y_test):
    model = RandomForestClassifier(n_estimators=50, max_depth=4, random_state=0)
    model.fit(X_train, y_train)
    return roc_auc_score(y_test, model.predict(X_test))
