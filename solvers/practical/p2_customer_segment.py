# p2.customer_segment 참조 풀이: 고객 세그먼트 A~D 분류 (macro-F1), 라벨 그대로 제출
import pandas as pd
from sklearn.ensemble import RandomForestClassifier
from sklearn.metrics import f1_score
from sklearn.model_selection import train_test_split
from sklearn.preprocessing import LabelEncoder

train = pd.read_csv("data/train.csv")
test = pd.read_csv("data/test.csv")

le = LabelEncoder()
y = le.fit_transform(train["Segment"])  # A,B,C,D -> 0,1,2,3 (제출 전에 되돌려야 함)
X = train.drop(columns=["ID", "Segment"])
X_test = test.drop(columns=["ID"])

full = pd.concat([X, X_test], ignore_index=True)
for col in ["Work_Experience", "Family_Size"]:
    full[col] = full[col].fillna(full[col].median())
for col in ["Ever_Married", "Graduated", "Profession", "Var_1"]:
    full[col] = full[col].fillna("Unknown")
full = pd.get_dummies(full)  # train+test를 함께 인코딩해 열이 같게
X = full.iloc[: len(train)]
X_test = full.iloc[len(train):]

model = RandomForestClassifier(n_estimators=200, min_samples_leaf=3, max_features=0.5, random_state=1)
X_tr, X_val, y_tr, y_val = train_test_split(X, y, test_size=0.2, random_state=1, stratify=y)
model.fit(X_tr, y_tr)
print("검증 macro-F1:", round(f1_score(y_val, model.predict(X_val), average="macro"), 4))

model.fit(X, y)
pred = le.inverse_transform(model.predict(X_test))  # 0~3 -> "A"~"D"
pd.DataFrame({"pred": pred}).to_csv("result.csv", index=False)
