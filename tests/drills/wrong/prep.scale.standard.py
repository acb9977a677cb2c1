# 흔한 실수: pandas std() 기본값(표본표준편차, ddof=1)으로 나눔 — StandardScaler는 ddof=0
def standard_scale(train, test):
    mean = train.mean()
    std = train.std()
    return (train - mean) / std, (test - mean) / std
