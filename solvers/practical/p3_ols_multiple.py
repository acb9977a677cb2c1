import pandas as pd
import statsmodels.formula.api as smf

df = pd.read_csv("data/stores.csv")

# formula API는 절편을 자동으로 넣고, C(region)은 더미 변수로 바꿔 줌
model = smf.ols("sales ~ ad_cost + area + staff + C(region)", data=df).fit()

new = pd.DataFrame({"region": ["부산"], "ad_cost": [12], "area": [85], "staff": [6]})
pred = model.predict(new)[0]

print(round(model.params["ad_cost"], 3))
print(round(model.pvalues["staff"], 4))
print(round(pred, 2))
