# p2.used_car_price 참조 풀이: 중고차 가격(만원) 예측 (RMSE), 제출 열은 ID, pred
import numpy as np
import pandas as pd
from sklearn.ensemble import RandomForestRegressor
from sklearn.metrics import root_mean_squared_error
from sklearn.model_selection import train_test_split

train = pd.read_csv("data/train.csv")
test = pd.read_csv("data/test.csv")

y = train["가격"]
X = train.drop(columns=["ID", "가격"])
X_test = test.drop(columns=["ID"])

full = pd.concat([X, X_test], ignore_index=True)
full["차량나이"] = 2025 - full["연식"]
# 주행거리 999999는 입력 오류로 보고 결측 처리 후 차량나이별 중앙값으로 채움
full.loc[full["주행거리"] >= 999999, "주행거리"] = np.nan
full["주행거리"] = full["주행거리"].fillna(full.groupby("차량나이")["주행거리"].transform("median"))
full["주행거리"] = full["주행거리"].fillna(full["주행거리"].median())
full["배기량"] = full["배기량"].fillna(0)  # 전기차는 배기량이 없음
full["사고이력"] = full["사고이력"].fillna("모름")
full = pd.get_dummies(full)
X = full.iloc[: len(train)]
X_test = full.iloc[len(train):]

model = RandomForestRegressor(n_estimators=200, random_state=0)
X_tr, X_val, y_tr, y_val = train_test_split(X, y, test_size=0.2, random_state=0)
model.fit(X_tr, y_tr)
print("검증 RMSE(만원):", round(root_mean_squared_error(y_val, model.predict(X_val)), 1))

model.fit(X, y)
pred = model.predict(X_test)
# 제출 열은 ID, pred 두 개 (test.csv 순서 그대로, 인덱스 없이)
pd.DataFrame({"ID": test["ID"], "pred": pred}).to_csv("result.csv", index=False)
