# 흔한 실수: 표준화하지 않고 원래 단위 그대로 K-means를 적합함 (범위가 큰 열이 거리를 좌우)
from sklearn.cluster import KMeans


def kmeans_inertia(X, k):
    model = KMeans(n_clusters=k, n_init=10, random_state=0).fit(X)
    return model.inertia_
