# 흔한 실수: 천 단위 쉼표를 지우지 않고 to_numeric(errors="coerce") — "1,200"이 NaN이 됨
import pandas as pd


def convert_types(df):
    out = df.copy()
    out["price"] = pd.to_numeric(out["price"], errors="coerce").astype("float64")
    out["qty"] = out["qty"].astype("int64")
    out["grade"] = out["grade"].astype("category")
    return out
