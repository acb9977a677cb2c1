# 흔한 실수: 경계값도 이상값으로 셈
def iqr_outlier_count(s):
    q1, q3 = s.quantile(0.25), s.quantile(0.75)
    iqr = q3 - q1
    return int(((s <= q1 - 1.5 * iqr) | (s >= q3 + 1.5 * iqr)).sum())
