# 흔한 실수: 범위 폭만 곱하고 시작점 low를 더하지 않음
def minmax_columns(df, cols, low=0.0, high=1.0):
    out = df.copy()
    for col in cols:
        s = out[col]
        out[col] = (s - s.min()) / (s.max() - s.min()) * (high - low)
    return out
