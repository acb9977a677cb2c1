# 흔한 실수: 층을 나누지 않고 전체에서 같은 비율로 뽑음 (단순 무작위 추출)
def stratified_sample(df, col, frac, seed):
    return df.sample(frac=frac, random_state=seed)
