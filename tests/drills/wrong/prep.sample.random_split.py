# 흔한 실수: 검증용을 따로 sample(frac=1 - frac)로 뽑아 학습용과 겹침
def random_split(df, frac, seed):
    train = df.sample(frac=frac, random_state=seed)
    test = df.sample(frac=1 - frac, random_state=seed)
    return train, test
