# 흔한 실수: 월(period)로 groupby해서 거래가 없는 달이 빠짐
import pandas as pd


def monthly_totals(df):
    data = df.assign(date=pd.to_datetime(df["date"]))
    total = data.groupby(data["date"].dt.to_period("M"))["amount"].sum()
    total.index = total.index.to_timestamp()
    return pd.DataFrame({"total": total, "cumulative": total.cumsum()}).reset_index()
