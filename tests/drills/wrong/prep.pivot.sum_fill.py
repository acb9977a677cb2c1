# 흔한 실수: aggfunc를 빠뜨려 기본값인 평균(mean)으로 집계
def sales_pivot(df):
    return df.pivot_table(index="store", columns="month", values="sales", fill_value=0)
