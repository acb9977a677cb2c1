# 흔한 실수: 홀수 크기에서 남는 가장자리 행·열까지 풀링함 (ceil_mode=True)
import torch
import torch.nn.functional as F


def max_pool2x2(x):
    return F.max_pool2d(x, kernel_size=2, stride=2, ceil_mode=True)
