# 흔한 실수: 1.6에서 삭제된 mean_squared_error(squared=False)로 RMSE를 구함
from sklearn.metrics import mean_squared_error, r2_score


def regression_scores(y_true, y_pred):
    rmse = mean_squared_error(y_true, y_pred, squared=False)
    return rmse, r2_score(y_true, y_pred)
