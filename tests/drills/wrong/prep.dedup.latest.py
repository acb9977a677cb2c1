# 흔한 실수: 날짜순으로 정렬하지 않고 keep="last"만 씀 (표의 마지막 행이 최근 기록이라고 가정)
def latest_visits(df):
    return df.drop_duplicates(subset="cust_id", keep="last")
