# 흔한 실수: logvar(로그 분산)에 exp만 취해 표준편차 대신 분산을 곱함
import torch


def reparameterize(mu, logvar, eps):
    return mu + torch.exp(logvar) * eps
