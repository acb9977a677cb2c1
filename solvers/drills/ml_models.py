"""scikit-learn modelling drills (``ml.*``): splitting, cross-validation, metrics, trees, ensembles,
pipelines, grid search, clustering and PCA, written against today's API (scikit-learn 1.9).

Every estimator fixes ``random_state`` so the reference and a correct answer agree exactly, and the
data are small so one attempt grades in a fraction of a second.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from quizapp.grading.spec import Case, Check, drill

EXACT = Check(rtol=0, atol=0)
REAL = Check(returns="real", rtol=1e-9, atol=1e-12)
ARRAY = Check(rtol=1e-9, atol=1e-12)


def _blobs(rng, counts, features: int, spread: float):
    """Classes 0, 1, … with ``counts[c]`` rows each, centred apart, rows sorted by class."""
    X = np.vstack([rng.normal(c * 1.2, spread, (n, features)) for c, n in enumerate(counts)])
    y = np.repeat(np.arange(len(counts)), counts)
    return X.round(3), y


# --- ml.split.stratified ----------------------------------------------------------------------
def _split_edge():
    X = np.arange(40, dtype=float).reshape(20, 2)
    y = np.array([0] * 16 + [1] * 4)
    yield Case("불균형 이진 분류 (16:4), test_size=0.25", (X, y, 0.25, 42))
    rng = np.random.default_rng(3)
    X, y = _blobs(rng, (15, 9, 6), 2, 1.0)
    yield Case("세 범주 (15:9:6), test_size=0.3", (X, y, 0.3, 0))


def _split_random(rng):
    counts = (int(rng.integers(20, 30)), int(rng.integers(8, 14)), int(rng.integers(4, 7)))
    X, y = _blobs(rng, counts, 3, 1.0)
    yield Case(f"세 범주 {counts}, test_size=0.2", (X, y, 0.2, int(rng.integers(0, 1000))))


@drill("ml.split.stratified", edge=_split_edge, random=_split_random, libs=("numpy", "sklearn"), check=EXACT)
def stratified_split(X, y, test_size, seed):
    from sklearn.model_selection import train_test_split

    X_train, X_test, y_train, y_test = train_test_split(
        X, y, test_size=test_size, stratify=y, random_state=seed)
    return X_train, X_test, y_train, y_test


# --- ml.cv.stratified_kfold -------------------------------------------------------------------
def _cv_edge():
    rng = np.random.default_rng(11)
    X, y = _blobs(rng, (30, 30), 2, 1.1)
    yield Case("이진 분류 60행, 5겹", (X, y, 5, 0))
    X, y = _blobs(rng, (24, 18, 12), 3, 1.0)
    yield Case("세 범주 54행, 3겹", (X, y, 3, 7))


def _cv_random(rng):
    counts = (int(rng.integers(25, 40)), int(rng.integers(15, 25)))
    X, y = _blobs(rng, counts, 3, 1.2)
    yield Case(f"이진 분류 {sum(counts)}행, 4겹", (X, y, 4, int(rng.integers(0, 1000))))


@drill("ml.cv.stratified_kfold", edge=_cv_edge, random=_cv_random, libs=("numpy", "sklearn"), check=REAL)
def cv_mean_accuracy(X, y, n_splits, seed):
    from sklearn.model_selection import StratifiedKFold, cross_val_score
    from sklearn.tree import DecisionTreeClassifier

    model = DecisionTreeClassifier(max_depth=3, random_state=0)
    cv = StratifiedKFold(n_splits=n_splits, shuffle=True, random_state=seed)
    scores = cross_val_score(model, X, y, cv=cv, scoring="accuracy")
    return float(scores.mean())


# --- ml.metrics.classification ----------------------------------------------------------------
def _clf_metrics_edge():
    yield Case("세 범주, 불균형", (
        np.array([0, 0, 0, 0, 0, 0, 1, 1, 1, 2, 2, 2]),
        np.array([0, 0, 0, 0, 1, 2, 1, 1, 0, 2, 1, 1]),
    ))
    yield Case("한 번도 예측되지 않은 범주", (
        np.array([0, 0, 1, 1, 1, 2, 2, 0, 1, 2]),
        np.array([0, 1, 1, 1, 0, 0, 1, 0, 1, 1]),
    ))
    yield Case("이진 분류도 macro 평균", (
        np.array([1, 0, 0, 0, 0, 0, 1, 1, 0, 0, 0, 1]),
        np.array([1, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0, 0]),
    ))


def _clf_metrics_random(rng):
    n, k = 50, 4
    y_true = rng.choice(k, n, p=[0.4, 0.3, 0.2, 0.1])
    y_pred = np.where(rng.random(n) < 0.65, y_true, rng.integers(0, k, n))
    yield Case("네 범주 50개", (y_true, y_pred))


@drill("ml.metrics.classification", edge=_clf_metrics_edge, random=_clf_metrics_random,
       libs=("numpy", "sklearn"), check=Check(rtol=1e-9, atol=1e-12))
def classification_scores(y_true, y_pred):
    from sklearn.metrics import confusion_matrix, f1_score, precision_score, recall_score

    return {
        "confusion_matrix": confusion_matrix(y_true, y_pred),
        "precision": float(precision_score(y_true, y_pred, average="macro", zero_division=0)),
        "recall": float(recall_score(y_true, y_pred, average="macro", zero_division=0)),
        "f1": float(f1_score(y_true, y_pred, average="macro", zero_division=0)),
    }


# --- ml.metrics.regression --------------------------------------------------------------------
def _reg_metrics_edge():
    y = np.array([3.0, 5.0, 2.5, 7.0, 4.5])
    yield Case("조금 빗나간 예측", (y, np.array([2.5, 5.0, 3.0, 8.0, 4.0])))
    yield Case("평균보다 못한 예측 (R² < 0)", (np.array([10.0, 12.0, 11.0, 13.0]), np.array([14.0, 9.0, 15.0, 10.0])))
    yield Case("모두 평균으로 예측 (R² = 0)", (y, np.full(5, y.mean())))


def _reg_metrics_random(rng):
    y = rng.normal(50, 10, 30).round(2)
    yield Case("30개", (y, (y + rng.normal(0, 4, 30)).round(2)))


@drill("ml.metrics.regression", edge=_reg_metrics_edge, random=_reg_metrics_random,
       libs=("numpy", "sklearn"), check=Check(rtol=1e-9, atol=1e-12))
def regression_scores(y_true, y_pred):
    from sklearn.metrics import r2_score, root_mean_squared_error

    rmse = root_mean_squared_error(y_true, y_pred)
    r2 = r2_score(y_true, y_pred)
    return float(rmse), float(r2)


# --- ml.tree.feature_importances --------------------------------------------------------------
def _tree_frame(rng, n: int):
    frame = pd.DataFrame({
        "나이": rng.integers(20, 70, n),
        "소득": rng.normal(400, 120, n).round(1),
        "방문수": rng.poisson(5, n),
        "잡음": rng.normal(0, 1, n).round(3),
    })
    score = (frame["소득"] - 400) / 120 + 0.6 * (frame["방문수"] - 5) / 2.2 + rng.normal(0, 0.8, n)
    return frame, (score > 0).astype(int).to_numpy()


def _tree_edge():
    rng = np.random.default_rng(5)
    X, y = _tree_frame(rng, 60)
    yield Case("max_depth=1 (한 번만 분할)", (X, y, 1))
    yield Case("max_depth=3", (X, y, 3))
    X, y = _tree_frame(rng, 40)
    yield Case("max_depth=2, 40행", (X, y, 2))


def _tree_random(rng):
    X, y = _tree_frame(rng, 80)
    yield Case("80행, max_depth=3", (X, y, 3))


@drill("ml.tree.feature_importances", edge=_tree_edge, random=_tree_random,
       libs=("numpy", "pandas", "sklearn"), check=Check(rtol=1e-9, atol=1e-12))
def tree_importances(X, y, max_depth):
    from sklearn.tree import DecisionTreeClassifier

    model = DecisionTreeClassifier(max_depth=max_depth, random_state=0)
    model.fit(X, y)
    return pd.Series(model.feature_importances_, index=X.columns)


# --- ml.ensemble.random_forest_auc ------------------------------------------------------------
def _binary_split(rng, n_train: int, n_test: int, features: int, noise: float):
    X = rng.normal(0, 1, (n_train + n_test, features)).round(3)
    weights = rng.normal(0, 1, features)
    y = (X @ weights + rng.normal(0, noise, n_train + n_test) > 0).astype(int)
    return X[:n_train], y[:n_train], X[n_train:], y[n_train:]


def _rf_edge():
    rng = np.random.default_rng(21)
    yield Case("학습 60행, 평가 30행", _binary_split(rng, 60, 30, 3, 1.5))
    yield Case("잡음이 큰 데이터", _binary_split(rng, 50, 25, 4, 2.0))


def _rf_random(rng):
    yield Case("학습 70행, 평가 30행", _binary_split(rng, 70, 30, 4, 1.2))


@drill("ml.ensemble.random_forest_auc", edge=_rf_edge, random=_rf_random, libs=("numpy", "sklearn"), check=REAL)
def rf_auc(X_train, y_train, X_test, y_test):
    from sklearn.ensemble import RandomForestClassifier
    from sklearn.metrics import roc_auc_score

    model = RandomForestClassifier(n_estimators=50, max_depth=4, random_state=0)
    model.fit(X_train, y_train)
    proba = model.predict_proba(X_test)[:, 1]
    return float(roc_auc_score(y_test, proba))


# --- ml.ensemble.hist_gradient_boosting -------------------------------------------------------
def _hgb_data(rng, n_train: int, n_test: int, missing: float):
    n = n_train + n_test
    X = rng.normal(0, 1, (n, 3))
    y = 3 * X[:, 0] + 2 * np.sin(2 * X[:, 1]) - X[:, 2] ** 2 + rng.normal(0, 0.5, n)
    X[rng.random((n, 3)) < missing] = np.nan
    return X[:n_train].round(3), y[:n_train].round(3), X[n_train:].round(3)


def _hgb_edge():
    rng = np.random.default_rng(8)
    yield Case("결측값 없음", _hgb_data(rng, 120, 10, 0.0))
    yield Case("결측값(NaN) 10%", _hgb_data(rng, 120, 10, 0.1))


def _hgb_random(rng):
    yield Case("결측값(NaN) 15%", _hgb_data(rng, 150, 12, 0.15))


@drill("ml.ensemble.hist_gradient_boosting", edge=_hgb_edge, random=_hgb_random,
       libs=("numpy", "sklearn"), check=Check(rtol=1e-7, atol=1e-9))
def hgb_predict(X_train, y_train, X_test):
    from sklearn.ensemble import HistGradientBoostingRegressor

    model = HistGradientBoostingRegressor(max_iter=100, learning_rate=0.05, max_depth=3, random_state=0)
    model.fit(X_train, y_train)
    return model.predict(X_test)


# --- ml.pipeline.column_transformer -----------------------------------------------------------
def _customers(rng, n: int, cities):
    frame = pd.DataFrame({
        "나이": rng.integers(20, 70, n),
        "지역": rng.choice(cities, n),
        "월소득": rng.normal(350, 90, n).round(1),
        "요금제": rng.choice(["기본", "프리미엄"], n, p=[0.7, 0.3]),
    })
    score = (0.04 * (frame["나이"] - 45) + 0.012 * (frame["월소득"] - 350)
             + (frame["요금제"] == "프리미엄") * 1.0 - (frame["지역"] == "서울") * 0.8 + rng.normal(0, 1, n))
    return frame, (score > 0).astype(int).to_numpy()


NUM_COLS, CAT_COLS = ["나이", "월소득"], ["지역", "요금제"]


def _pipeline_edge():
    rng = np.random.default_rng(13)
    X_train, y_train = _customers(rng, 60, ["서울", "부산", "대구"])
    X_test, _ = _customers(rng, 8, ["서울", "부산", "대구"])
    yield Case("학습 때 본 범주만", (X_train, y_train, X_test, NUM_COLS, CAT_COLS))
    X_test, _ = _customers(rng, 8, ["서울", "부산", "대구", "광주"])
    X_test.loc[[0, 3], "지역"] = "광주"
    yield Case("평가 데이터에 처음 보는 범주('광주')", (X_train, y_train, X_test, NUM_COLS, CAT_COLS))


def _pipeline_random(rng):
    X_train, y_train = _customers(rng, 80, ["서울", "부산", "대구", "인천"])
    X_test, _ = _customers(rng, 10, ["서울", "부산", "대구", "인천", "울산"])
    yield Case("학습 80행, 평가 10행", (X_train, y_train, X_test, NUM_COLS, CAT_COLS))


@drill("ml.pipeline.column_transformer", edge=_pipeline_edge, random=_pipeline_random,
       libs=("numpy", "pandas", "sklearn"), check=Check(rtol=1e-6, atol=1e-8))
def pipeline_proba(X_train, y_train, X_test, num_cols, cat_cols):
    from sklearn.compose import ColumnTransformer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import Pipeline
    from sklearn.preprocessing import OneHotEncoder, StandardScaler

    prep = ColumnTransformer([
        ("num", StandardScaler(), num_cols),
        ("cat", OneHotEncoder(handle_unknown="ignore", sparse_output=False), cat_cols),
    ])
    model = Pipeline([("prep", prep), ("clf", LogisticRegression(max_iter=1000, random_state=0))])
    model.fit(X_train, y_train)
    return model.predict_proba(X_test)[:, 1]


# --- ml.tune.grid_search ----------------------------------------------------------------------
def _grid_edge():
    rng = np.random.default_rng(30)
    X, y = _blobs(rng, (30, 24), 3, 1.5)
    yield Case("이진 분류 54행", (X, y))
    X, y = _blobs(rng, (20, 18, 16), 2, 1.2)
    yield Case("세 범주 54행", (X, y))


def _grid_random(rng):
    X, y = _blobs(rng, (int(rng.integers(25, 35)), int(rng.integers(20, 30))), 3, 1.6)
    yield Case("이진 분류", (X, y))


@drill("ml.tune.grid_search", edge=_grid_edge, random=_grid_random, libs=("numpy", "sklearn"),
       check=Check(rtol=1e-7, atol=1e-9))
def grid_best(X, y):
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import GridSearchCV, StratifiedKFold

    grid = {"C": [0.1, 1.0, 10.0]}
    cv = StratifiedKFold(n_splits=5, shuffle=True, random_state=0)
    search = GridSearchCV(LogisticRegression(max_iter=1000, random_state=0), grid, cv=cv, scoring="neg_log_loss")
    search.fit(X, y)
    return search.best_params_, float(search.best_score_)


# --- ml.cluster.kmeans_inertia ----------------------------------------------------------------
def _kmeans_data(rng, centers, scales, per: int):
    X = np.vstack([rng.normal(c, 1, (per, len(scales))) for c in centers]) * np.array(scales)
    return X.round(3)


def _kmeans_edge():
    rng = np.random.default_rng(2)
    X = _kmeans_data(rng, [(0, 0), (4, 0), (0, 4)], [1.0, 100.0], 15)
    yield Case("k=1 (표준화 후 관성 = 행 수 × 열 수)", (X, 1))
    yield Case("k=3, 열마다 단위가 다름", (X, 3))
    X = _kmeans_data(rng, [(0, 0, 0), (3, 3, 0), (0, 3, 3), (3, 0, 3)], [1.0, 50.0, 0.01], 10)
    yield Case("k=4, 세 열", (X, 4))


def _kmeans_random(rng):
    scales = [1.0, float(rng.choice([10.0, 100.0])), float(rng.choice([0.1, 1000.0]))]
    X = _kmeans_data(rng, rng.uniform(-4, 4, (3, 3)), scales, 15)
    yield Case("k=3, 45행", (X, 3))


@drill("ml.cluster.kmeans_inertia", edge=_kmeans_edge, random=_kmeans_random, libs=("numpy", "sklearn"),
       check=Check(returns="real", rtol=1e-6, atol=1e-9))
def kmeans_inertia(X, k):
    from sklearn.cluster import KMeans
    from sklearn.preprocessing import StandardScaler

    Xs = StandardScaler().fit_transform(X)
    model = KMeans(n_clusters=k, n_init=10, random_state=0)
    model.fit(Xs)
    return float(model.inertia_)


# --- ml.decomp.pca_variance_ratio -------------------------------------------------------------
def _correlated(rng, n: int, scales):
    base = rng.normal(0, 1, (n, 2))
    cols = [base[:, 0], base[:, 0] * 0.8 + rng.normal(0, 0.5, n), base[:, 1],
            base[:, 1] * -0.6 + rng.normal(0, 0.7, n), rng.normal(0, 1, n)]
    return (np.column_stack(cols[: len(scales)]) * np.array(scales)).round(4)


def _pca_edge():
    rng = np.random.default_rng(4)
    X = _correlated(rng, 40, [1.0, 10.0, 100.0, 0.1, 1.0])
    yield Case("주성분 2개, 단위가 다른 다섯 열", (X, 2))
    yield Case("설명력 90%까지 (n_components=0.9)", (X, 0.9))
    X = _correlated(rng, 30, [1.0, 1000.0, 1.0])
    yield Case("주성분 3개 (전부)", (X, 3))


def _pca_random(rng):
    scales = rng.choice([0.1, 1.0, 10.0, 100.0], 5).tolist()
    yield Case("다섯 열, 주성분 3개", (_correlated(rng, 50, scales), 3))


@drill("ml.decomp.pca_variance_ratio", edge=_pca_edge, random=_pca_random, libs=("numpy", "sklearn"),
       check=Check(rtol=1e-7, atol=1e-10))
def pca_variance_ratio(X, n_components):
    from sklearn.decomposition import PCA
    from sklearn.preprocessing import StandardScaler

    Xs = StandardScaler().fit_transform(X)
    pca = PCA(n_components=n_components, random_state=0)
    pca.fit(Xs)
    return pca.explained_variance_ratio_
