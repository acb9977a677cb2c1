# 흔한 실수: He 초기화에도 Xavier처럼 fan_in + fan_out을 씀 (He는 fan_in만 씀)
import numpy as np


def init_weights(method, fan_in, fan_out, seed):
    rng = np.random.default_rng(seed)
    shape = (fan_in, fan_out)
    if method == "xavier_uniform":
        limit = np.sqrt(6 / (fan_in + fan_out))
        return rng.uniform(-limit, limit, size=shape)
    if method == "xavier_normal":
        return rng.normal(0.0, np.sqrt(2 / (fan_in + fan_out)), size=shape)
    if method == "he_uniform":
        limit = np.sqrt(12 / (fan_in + fan_out))
        return rng.uniform(-limit, limit, size=shape)
    return rng.normal(0.0, np.sqrt(4 / (fan_in + fan_out)), size=shape)
