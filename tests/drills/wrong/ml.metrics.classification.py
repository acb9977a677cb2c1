# 흔한 실수: macro 대신 weighted 평균을 씀 (범주 크기로 가중해 다수 범주의 점수가 커짐)
from sklearn.metrics import confusion_matrix, f1_score, precision_score, recall_score


def classification_scores(y_true, y_pred):
    return {
        "confusion_matrix": confusion_matrix(y_true, y_pred),
        "precision": precision_score(y_true, y_pred, average="weighted", zero_division=0),
        "recall": recall_score(y_true, y_pred, average="weighted", zero_division=0),
        "f1": f1_score(y_true, y_pred, average="weighted", zero_division=0),
    }
