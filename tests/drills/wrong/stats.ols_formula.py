# 흔한 실수: 결정계수(R²) 대신 수정 결정계수(adjusted R²)를 반환함
import statsmodels.formula.api as smf


def ols_summary(df):
    model = smf.ols("y ~ x1 + x2", data=df).fit()
    return (float(model.params["Intercept"]), float(model.params["x1"]), float(model.params["x2"]),
            float(model.rsquared_adj), float(model.pvalues["x2"]))
