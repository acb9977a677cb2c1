# p2.energy_grade 참조 풀이: 건물 에너지 등급(1등급~5등급) 분류 (macro-F1)
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.ensemble import RandomForestClassifier
from sklearn.impute import SimpleImputer
from sklearn.metrics import f1_score
from sklearn.model_selection import cross_val_score
from sklearn.pipeline import Pipeline, make_pipeline
from sklearn.preprocessing import OneHotEncoder

train = pd.read_csv("data/train.csv")
test = pd.read_csv("data/test.csv")

y = train["에너지등급"]  # "1등급" 같은 문자열 라벨: 그대로 학습하면 predict도 문자열로 나옴
X = train.drop(columns=["건물ID", "에너지등급"])
X_test = test.drop(columns=["건물ID"])

# 파생변수: 단위면적당 사용량(kWh/m²), 건물 나이
for df in (X, X_test):
    df["원단위"] = df["연간사용량_MWh"] * 1000 / df["연면적_m2"]
    df["경과연수"] = 2024 - df["준공연도"]

num_cols = ["준공연도", "경과연수", "연면적_m2", "지상층수", "지하층수", "연간사용량_MWh", "원단위"]
cat_cols = ["용도", "지역", "외벽단열", "창호", "냉난방방식", "태양광"]
prep = ColumnTransformer([
    ("num", SimpleImputer(strategy="median"), num_cols),
    ("cat", make_pipeline(SimpleImputer(strategy="most_frequent"), OneHotEncoder(handle_unknown="ignore")), cat_cols),
])
model = Pipeline([("prep", prep),
                  ("rf", RandomForestClassifier(n_estimators=200, min_samples_leaf=2, random_state=0))])

print("교차검증 macro-F1:", cross_val_score(model, X, y, cv=3, scoring="f1_macro").mean().round(4))

model.fit(X, y)
pred = model.predict(X_test)
pd.DataFrame({"pred": pred}).to_csv("result.csv", index=False)
