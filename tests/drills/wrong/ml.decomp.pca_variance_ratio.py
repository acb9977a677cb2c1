# 흔한 실수: 표준화하지 않고 PCA를 적용함 (분산이 큰 열 하나가 첫 주성분을 독차지)
from sklearn.decomposition import PCA


def pca_variance_ratio(X, n_components):
    return PCA(n_components=n_components, random_state=0).fit(X).explained_variance_ratio_
