"""scikit-learn drills (``ml.*``), written against today's API."""

from __future__ import annotations

import numpy as np

from quizapp.grading.spec import Case, Check, drill

LABELS = Check(rtol=0, atol=0)


def _classification(rng, n_train: int, n_test: int, features: int):
    X = rng.normal(0, 1, (n_train + n_test, features))
    weights = rng.normal(0, 1, features)
    y = (X @ weights + rng.normal(0, 0.7, n_train + n_test) > 0).astype(int)
    return X[:n_train], y[:n_train], X[n_train:]


def _bagging_edge():
    rng = np.random.default_rng(7)
    yield Case("작은 이진 분류", _classification(rng, 40, 10, 3))
    yield Case("특성 하나", _classification(rng, 30, 8, 1))


def _bagging_random(rng):
    yield Case("무작위 이진 분류", _classification(rng, 80, 20, 4))


@drill("ml.ensemble.bagging_predict", edge=_bagging_edge, random=_bagging_random,
       libs=("numpy", "sklearn"), check=LABELS, timeout=8.0)
def bagging_predict(X_train, y_train, X_test):
    from sklearn.ensemble import BaggingClassifier
    from sklearn.tree import DecisionTreeClassifier

    model = BaggingClassifier(estimator=DecisionTreeClassifier(), n_estimators=100, random_state=42)
    model.fit(X_train, y_train)
    return model.predict(X_test)
