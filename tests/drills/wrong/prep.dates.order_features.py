# 흔한 실수: 날짜 차이 대신 '일(day)' 숫자끼리 빼서 달이 바뀌면 틀림
import pandas as pd


def order_features(df):
    out = df.copy()
    out["order_date"] = pd.to_datetime(out["order_date"])
    out["ship_date"] = pd.to_datetime(out["ship_date"])
    out["weekday"] = out["order_date"].dt.day_of_week
    out["month"] = out["order_date"].dt.month
    out["ship_days"] = out["ship_date"].dt.day - out["order_date"].dt.day
    return out
