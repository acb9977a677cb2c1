# 흔한 실수: stratify=y를 빠뜨려 라벨 비율이 유지되지 않는 단순 무작위 분할이 됨
from sklearn.model_selection import train_test_split


def stratified_split(X, y, test_size, seed):
    X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=test_size, random_state=seed)
    return X_train, X_test, y_train, y_test
