# p2.travel_claim 참조 풀이: 여행자보험 청구(Claim = "Yes") 확률 예측 (ROC-AUC)
import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.ensemble import RandomForestClassifier
from sklearn.impute import SimpleImputer
from sklearn.metrics import roc_auc_score
from sklearn.model_selection import train_test_split
from sklearn.pipeline import Pipeline, make_pipeline
from sklearn.preprocessing import OneHotEncoder

train = pd.read_csv("data/train.csv")
test = pd.read_csv("data/test.csv")

y = train["Claim"]
X = train.drop(columns=["ID", "Claim"])
X_test = test.drop(columns=["ID"])

# 이상값 정리: 나이 118은 '모름', 음수 기간은 오류 -> 결측으로 두고 중앙값으로 채움
for df in (X, X_test):
    df.loc[df["Age"] > 100, "Age"] = np.nan
    df.loc[df["Duration"] < 0, "Duration"] = np.nan

num_cols = ["Duration", "NetSales", "Commission", "Age"]
cat_cols = ["Agency", "AgencyType", "Channel", "Product", "Destination", "Gender"]

prep = ColumnTransformer([
    ("num", SimpleImputer(strategy="median"), num_cols),
    ("cat", make_pipeline(SimpleImputer(strategy="constant", fill_value="missing"),
                          OneHotEncoder(handle_unknown="ignore")), cat_cols),
])
model = Pipeline([
    ("prep", prep),
    ("rf", RandomForestClassifier(n_estimators=200, min_samples_leaf=5, random_state=0)),
])

# 검증 (test에는 fit하지 않고 transform만: 파이프라인이 알아서 처리)
X_tr, X_val, y_tr, y_val = train_test_split(X, y, test_size=0.2, random_state=0, stratify=y)
model.fit(X_tr, y_tr)
pos = list(model.classes_).index("Yes")  # 양성 클래스 "Yes"의 열 번호
print("검증 ROC-AUC:", round(roc_auc_score(y_val == "Yes", model.predict_proba(X_val)[:, pos]), 4))

model.fit(X, y)
pos = list(model.classes_).index("Yes")
pred = model.predict_proba(X_test)[:, pos]
pd.DataFrame({"pred": pred}).to_csv("result.csv", index=False)
