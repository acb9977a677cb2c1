# p2.telecom_charges 참조 풀이: 누적 요금 TotalCharges 예측 (MAE)
import numpy as np
import pandas as pd
from sklearn.ensemble import GradientBoostingRegressor
from sklearn.metrics import mean_absolute_error
from sklearn.model_selection import train_test_split
from sklearn.preprocessing import OneHotEncoder

train = pd.read_csv("data/train.csv")
test = pd.read_csv("data/test.csv")

y = train["TotalCharges"]
X = train.drop(columns=["customerID", "TotalCharges"])
X_test = test.drop(columns=["customerID"])

services = ["PhoneService", "MultipleLines", "OnlineSecurity", "TechSupport", "StreamingTV", "StreamingMovies"]
cat_cols = X.select_dtypes(exclude="number").columns.tolist()  # 문자열(범주형) 열
num_cols = ["SeniorCitizen", "tenure"]


def prepare(df):
    df = df.copy()
    df[cat_cols] = df[cat_cols].fillna("Unknown")
    df["n_services"] = (df[services] == "Yes").sum(axis=1)  # 가입한 부가서비스 수
    return df


X, X_test = prepare(X), prepare(X_test)

# 인코더는 train에만 fit, test에는 transform만 (처음 보는 범주는 무시)
enc = OneHotEncoder(handle_unknown="ignore", sparse_output=False)
enc.fit(X[cat_cols])


def to_matrix(df):
    return np.hstack([df[num_cols + ["n_services"]].to_numpy(dtype=float), enc.transform(df[cat_cols])])


M, M_test = to_matrix(X), to_matrix(X_test)

model = GradientBoostingRegressor(n_estimators=400, max_depth=4, learning_rate=0.05, random_state=0)
M_tr, M_val, y_tr, y_val = train_test_split(M, y, test_size=0.2, random_state=0)
model.fit(M_tr, y_tr)
print("검증 MAE:", round(mean_absolute_error(y_val, model.predict(M_val)), 2))

model.fit(M, y)
pd.DataFrame({"pred": model.predict(M_test)}).to_csv("result.csv", index=False)
