# 흔한 실수: softmax를 먼저 적용한 확률을 F.cross_entropy에 넣음 (softmax가 두 번 적용됨)
import torch
import torch.nn.functional as F


def cross_entropy(logits, target):
    probs = torch.softmax(logits, dim=1)
    return F.cross_entropy(probs, target)
