import numpy as np
import pandas as pd
import statsmodels.formula.api as smf

train = pd.read_csv("data/churn_train.csv")
test = pd.read_csv("data/churn_test.csv")

# statsmodels의 Logit은 규제가 없음 (sklearn 기본값은 L2 규제)
model = smf.logit("churn ~ age + monthly_fee + tenure + complaints", data=train).fit(disp=0)

odds_ratio = np.exp(10 * model.params["monthly_fee"])  # 10 단위 증가 -> exp(10*b)
deviance = -2 * model.llf

prob = model.predict(test)
pred = (prob >= 0.5).astype(int)
error = (pred != test["churn"]).mean()

print(round(odds_ratio, 3))
print(round(deviance, 2))
print(round(error, 3))
