# 흔한 실수: nn.Linear의 가중치 모양 (출력, 입력)을 잊고 W를 전치하지 않음
import torch


def linear_relu(x, W, b):
    return torch.relu(x @ W + b)
