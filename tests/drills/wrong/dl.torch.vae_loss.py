# 흔한 실수: 재구성 오차를 기본값(reduction='mean', 모든 원소 평균)으로 구해 KL 항과 규모가 맞지 않음
import torch
import torch.nn.functional as F


def vae_loss(x, x_recon, mu, logvar):
    recon = F.binary_cross_entropy(x_recon, x)
    kl = -0.5 * torch.sum(1 + logvar - mu ** 2 - torch.exp(logvar)) / x.shape[0]
    return recon + kl
