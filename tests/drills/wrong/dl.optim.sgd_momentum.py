# 흔한 실수: 속도를 갱신하기 전의 (이전) 속도로 가중치를 움직임
import numpy as np


def sgd_momentum_step(w, grad, velocity, lr=0.01, momentum=0.9):
    new_w = w + velocity
    new_velocity = momentum * velocity - lr * grad
    return new_w, new_velocity
