# 흔한 실수: MSE를 평균이 아니라 합으로 구해 기울기가 표본 수만큼 커짐
import torch


def sgd_step(w, x, y, lr=0.1):
    loss = torch.sum((x @ w - y) ** 2)
    loss.backward()
    return (w - lr * w.grad).detach()
