# 흔한 실수: count 대신 size를 써서 급여가 NaN인 직원까지 셈
import pandas as pd


def salary_summary(df):
    g = df.groupby("dept")["salary"]
    return pd.DataFrame({"count": g.size(), "mean": g.mean(), "std": g.std(), "max": g.max()})
