# p2.parcel_delay 참조 풀이: 택배 지연 확률 예측 (ROC-AUC, 양성 클래스 "지연")
import pandas as pd
from sklearn.ensemble import RandomForestClassifier
from sklearn.metrics import roc_auc_score
from sklearn.model_selection import train_test_split

train = pd.read_csv("data/train.csv")
test = pd.read_csv("data/test.csv")

target = "지연여부"
y = (train[target] == "지연").astype(int)  # 양성 클래스 "지연" = 1
X = train.drop(columns=["주문번호", target])
X_test = test.drop(columns=["주문번호"])

# train과 test를 합쳐 같은 방식으로 전처리 (get_dummies 열 맞추기)
full = pd.concat([X, X_test], ignore_index=True)

# 날짜 문자열 -> 월, 일, 요일, 시각
when = pd.to_datetime(full["주문일시"])
full["월"] = when.dt.month
full["일"] = when.dt.day
full["요일"] = when.dt.day_of_week
full["시각"] = when.dt.hour
full = full.drop(columns=["주문일시"])

# 결측값: 숫자는 중앙값, 범주는 "없음"
for col in ["배송거리_km", "상품무게_kg"]:
    full[col] = full[col].fillna(full[col].median())
full["포장유형"] = full["포장유형"].fillna("없음")

full = pd.get_dummies(full)
X = full.iloc[: len(train)]
X_test = full.iloc[len(train):]

# 검증
X_tr, X_val, y_tr, y_val = train_test_split(X, y, test_size=0.2, random_state=42, stratify=y)
model = RandomForestClassifier(n_estimators=200, min_samples_leaf=3, random_state=42)
model.fit(X_tr, y_tr)
print("검증 ROC-AUC:", round(roc_auc_score(y_val, model.predict_proba(X_val)[:, 1]), 4))

# 전체 학습 데이터로 다시 학습 후 제출
model.fit(X, y)
pred = model.predict_proba(X_test)[:, 1]  # classes_ = [0, 1] -> 1("지연")의 확률
pd.DataFrame({"pred": pred}).to_csv("result.csv", index=False)
