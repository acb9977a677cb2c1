# 흔한 실수: 중앙값 대신 평균을 뺌
def robust_scale(df):
    iqr = df.quantile(0.75) - df.quantile(0.25)
    return (df - df.mean()) / iqr
