# 흔한 실수: 입력을 제자리에서 바꾸고 그대로 반환
def fill_median(df):
    df.fillna(df.median(numeric_only=True), inplace=True)
    return df
