# 흔한 실수: 1.4에서 삭제된 OneHotEncoder(sparse=False)를 씀 (지금은 sparse_output=False)
from sklearn.compose import ColumnTransformer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler


def pipeline_proba(X_train, y_train, X_test, num_cols, cat_cols):
    prep = ColumnTransformer([
        ("num", StandardScaler(), num_cols),
        ("cat", OneHotEncoder(handle_unknown="ignore", sparse=False), cat_cols),
    ])
    model = Pipeline([("prep", prep), ("clf", LogisticRegression(max_iter=1000, random_state=0))])
    model.fit(X_train, y_train)
    return model.predict_proba(X_test)[:, 1]
