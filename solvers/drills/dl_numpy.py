"""Deep-learning building blocks in numpy (``dl.optim.*``, ``dl.reg.*``, ``dl.dropout.*``, ``dl.norm.*``,
``dl.init.*``, ``dl.act.*``): optimiser steps, penalties, dropout, batch normalisation, initialisation
and a numerically stable softmax. References and cases."""

from __future__ import annotations

import numpy as np

from quizapp.grading.spec import Case, Check, drill

CLOSE = Check(rtol=1e-7, atol=1e-10)


def _arr(*values: float) -> np.ndarray:
    return np.array(values, dtype=float)


# --- SGD with momentum --------------------------------------------------------------------
def _momentum_edge():
    yield Case("첫 걸음 (속도 0)", (_arr(1.0, -2.0, 0.5), _arr(0.2, -0.4, 1.0), np.zeros(3)),
               {"lr": 0.1, "momentum": 0.9})
    yield Case("이전 속도가 남아 있을 때 (기본값)", (_arr(0.3, 0.7), _arr(1.5, -0.5), _arr(-0.02, 0.05)))
    yield Case("momentum=0이면 일반 SGD", (_arr(2.0, -1.0, 0.0), _arr(0.5, 0.5, -3.0), _arr(0.4, -0.1, 0.2)),
               {"lr": 0.05, "momentum": 0.0})
    yield Case("2차원 가중치", (np.array([[1.0, 2.0], [3.0, 4.0]]), np.array([[0.1, -0.2], [0.3, 0.0]]),
                               np.array([[0.05, 0.0], [-0.1, 0.2]])), {"lr": 0.2, "momentum": 0.8})


def _momentum_random(rng):
    for shape in ((6,), (3, 4)):
        yield Case(f"모양 {shape}", (rng.normal(0, 1, shape), rng.normal(0, 1, shape), rng.normal(0, 0.1, shape)),
                   {"lr": float(rng.choice([0.01, 0.05, 0.1])), "momentum": float(rng.choice([0.5, 0.9, 0.99]))})


@drill("dl.optim.sgd_momentum", edge=_momentum_edge, random=_momentum_random, check=CLOSE)
def sgd_momentum_step(w, grad, velocity, lr=0.01, momentum=0.9):
    new_velocity = momentum * velocity - lr * grad
    new_w = w + new_velocity
    return new_w, new_velocity


# --- AdaGrad ------------------------------------------------------------------------------
def _adagrad_edge():
    yield Case("첫 걸음 (누적값 0)", (_arr(1.0, -1.0, 0.5), _arr(0.5, -2.0, 4.0), np.zeros(3)), {"lr": 0.1})
    yield Case("누적값이 있을 때 (기본값)", (_arr(0.2, 0.4), _arr(1.0, -0.5), _arr(3.0, 0.25)))
    yield Case("기울기 0인 원소는 그대로", (_arr(0.7, -0.3), _arr(0.0, 0.6), _arr(0.0, 1.0)), {"lr": 0.5})
    yield Case("큰 eps (eps는 제곱근 밖)", (_arr(1.0, 2.0), _arr(0.3, -0.1), _arr(0.0, 0.05)),
               {"lr": 0.1, "eps": 0.1})


def _adagrad_random(rng):
    for shape in ((5,), (2, 3)):
        yield Case(f"모양 {shape}", (rng.normal(0, 1, shape), rng.normal(0, 1, shape), rng.uniform(0, 2, shape)),
                   {"lr": float(rng.choice([0.01, 0.1, 0.5]))})


@drill("dl.optim.adagrad", edge=_adagrad_edge, random=_adagrad_random, check=CLOSE)
def adagrad_step(w, grad, G, lr=0.01, eps=1e-7):
    new_G = G + grad ** 2
    new_w = w - lr * grad / (np.sqrt(new_G) + eps)
    return new_w, new_G


# --- RMSProp ------------------------------------------------------------------------------
def _rmsprop_edge():
    yield Case("첫 걸음 (s = 0, 기본값)", (_arr(1.0, -1.0, 0.5), _arr(0.5, -2.0, 4.0), np.zeros(3)))
    yield Case("s가 있을 때", (_arr(0.2, 0.4), _arr(1.0, -0.5), _arr(0.8, 0.1)), {"lr": 0.01, "rho": 0.9})
    yield Case("rho=0.5, 기울기 0인 원소", (_arr(0.7, -0.3, 1.1), _arr(0.0, 0.6, -0.2), _arr(0.0, 1.0, 0.3)),
               {"lr": 0.1, "rho": 0.5})
    yield Case("큰 eps (eps는 제곱근 밖)", (_arr(1.0, 2.0), _arr(0.3, -0.1), _arr(0.0, 0.05)),
               {"lr": 0.1, "rho": 0.9, "eps": 0.1})


def _rmsprop_random(rng):
    for shape in ((5,), (3, 2)):
        yield Case(f"모양 {shape}", (rng.normal(0, 1, shape), rng.normal(0, 1, shape), rng.uniform(0, 1, shape)),
                   {"lr": float(rng.choice([0.001, 0.01, 0.1])), "rho": float(rng.choice([0.8, 0.9, 0.99]))})


@drill("dl.optim.rmsprop", edge=_rmsprop_edge, random=_rmsprop_random, check=CLOSE)
def rmsprop_step(w, grad, s, lr=0.001, rho=0.9, eps=1e-7):
    new_s = rho * s + (1 - rho) * grad ** 2
    new_w = w - lr * grad / (np.sqrt(new_s) + eps)
    return new_w, new_s


# --- Adam ---------------------------------------------------------------------------------
def _adam_edge():
    yield Case("첫 걸음 t=1 (m = v = 0, 기본값)", (_arr(1.0, -1.0, 0.5), _arr(0.5, -2.0, 4.0), np.zeros(3), np.zeros(3), 1))
    yield Case("t=5, 모멘트가 쌓였을 때", (_arr(0.2, 0.4), _arr(1.0, -0.5), _arr(0.3, -0.1), _arr(0.02, 0.01), 5),
               {"lr": 0.01})
    yield Case("beta1=0.5, beta2=0.8, t=3", (_arr(0.7, -0.3, 1.1), _arr(0.0, 0.6, -0.2), _arr(0.1, 0.2, -0.3),
                                            _arr(0.05, 0.1, 0.2), 3), {"lr": 0.1, "beta1": 0.5, "beta2": 0.8})
    yield Case("t=1000 (보정이 거의 사라짐), 2차원", (np.array([[1.0, 2.0], [3.0, 4.0]]), np.array([[0.1, -0.2], [0.3, 0.05]]),
                                               np.array([[0.05, -0.1], [0.2, 0.0]]), np.array([[0.01, 0.02], [0.05, 0.001]]),
                                               1000), {"lr": 0.001})


def _adam_random(rng):
    for shape in ((6,), (2, 3)):
        yield Case(f"모양 {shape}", (rng.normal(0, 1, shape), rng.normal(0, 1, shape), rng.normal(0, 0.3, shape),
                                     rng.uniform(0, 0.2, shape), int(rng.integers(1, 60))),
                   {"lr": float(rng.choice([0.001, 0.01, 0.1]))})


@drill("dl.optim.adam", edge=_adam_edge, random=_adam_random, check=CLOSE)
def adam_step(w, grad, m, v, t, lr=0.001, beta1=0.9, beta2=0.999, eps=1e-8):
    new_m = beta1 * m + (1 - beta1) * grad
    new_v = beta2 * v + (1 - beta2) * grad ** 2
    m_hat = new_m / (1 - beta1 ** t)
    v_hat = new_v / (1 - beta2 ** t)
    new_w = w - lr * m_hat / (np.sqrt(v_hat) + eps)
    return new_w, new_m, new_v


# --- L1 / L2 penalties --------------------------------------------------------------------
def _penalty_edge():
    yield Case("0인 가중치가 섞인 벡터", (_arr(0.5, -1.5, 0.0, 2.0), 0.1))
    yield Case("2차원 가중치", (np.array([[1.0, -2.0], [0.0, 3.0]]), 0.01))
    yield Case("lam=0이면 벌점도 기울기도 0", (_arr(1.0, -1.0), 0.0))
    yield Case("모두 음수", (_arr(-0.2, -0.4, -3.0), 2.5))


def _penalty_random(rng):
    for shape in ((7,), (3, 4)):
        yield Case(f"모양 {shape}", (rng.normal(0, 1, shape), float(rng.choice([0.001, 0.01, 0.1, 1.0]))))


@drill("dl.reg.l1_penalty", edge=_penalty_edge, random=_penalty_random, check=CLOSE)
def l1_penalty(w, lam):
    penalty = float(lam * np.sum(np.abs(w)))
    grad = lam * np.sign(w)
    return penalty, grad


@drill("dl.reg.l2_penalty", edge=_penalty_edge, random=_penalty_random, check=CLOSE)
def l2_penalty(w, lam):
    penalty = float(lam / 2 * np.sum(w ** 2))
    grad = lam * w
    return penalty, grad


# --- inverted dropout ---------------------------------------------------------------------
def _dropout_edge():
    yield Case("keep_prob=0.8, 0/1 실수 마스크", (_arr(1.0, 2.0, -3.0, 4.0, 0.5), _arr(1, 0, 1, 1, 0), 0.8))
    yield Case("불리언 마스크, 2차원", (np.array([[0.5, -1.0, 2.0], [3.0, 0.0, -0.25]]),
                                    np.array([[True, True, False], [False, True, True]]), 0.6))
    yield Case("keep_prob=1이면 그대로", (_arr(0.3, -0.7, 1.2), np.ones(3), 1.0))
    yield Case("모두 꺼진 마스크", (_arr(5.0, -5.0), np.zeros(2), 0.3))


def _dropout_random(rng):
    for shape in ((10,), (4, 6)):
        keep = float(rng.choice([0.5, 0.7, 0.9]))
        yield Case(f"모양 {shape}, keep_prob={keep}", (rng.normal(0, 1, shape), (rng.random(shape) < keep).astype(float), keep))


@drill("dl.dropout.inverted", edge=_dropout_edge, random=_dropout_random, check=CLOSE)
def inverted_dropout(x, mask, keep_prob):
    return x * mask / keep_prob


# --- batch normalisation ------------------------------------------------------------------
def _batchnorm_edge():
    yield Case("4×3 배치, gamma=1, beta=0", (np.array([[1.0, 2.0, 0.0], [3.0, 6.0, 1.0], [5.0, 4.0, 0.0], [7.0, 0.0, 1.0]]),
                                           np.ones(3), np.zeros(3)))
    yield Case("상수 열 (분산 0)", (np.array([[2.0, 1.0], [2.0, 3.0], [2.0, 8.0]]), _arr(1.5, 0.5), _arr(-1.0, 2.0)))
    yield Case("표본 2개, eps=0.5 (eps는 제곱근 안)", (np.array([[0.0, 10.0], [2.0, 14.0]]), _arr(2.0, 1.0), _arr(0.5, 0.0)),
               {"eps": 0.5})
    yield Case("gamma, beta 적용", (np.array([[1.0, -1.0, 4.0], [2.0, 0.0, 4.5], [6.0, 1.0, 3.0], [3.0, 2.0, 5.0], [0.0, 3.0, 4.0]]),
                                    _arr(2.0, 0.5, -1.0), _arr(0.1, -0.2, 3.0)))


def _batchnorm_random(rng):
    for n, d in ((8, 3), (32, 5)):
        x = rng.normal(rng.normal(0, 3, d), rng.uniform(0.5, 4, d), (n, d))
        yield Case(f"{n}×{d} 배치", (x, rng.uniform(0.5, 2, d), rng.normal(0, 1, d)))


@drill("dl.norm.batchnorm", edge=_batchnorm_edge, random=_batchnorm_random, check=CLOSE)
def batchnorm_forward(x, gamma, beta, eps=1e-5):
    mean = x.mean(axis=0)
    var = x.var(axis=0)
    x_hat = (x - mean) / np.sqrt(var + eps)
    return gamma * x_hat + beta


# --- Xavier / He initialisation -----------------------------------------------------------
def _init_edge():
    yield Case("xavier_uniform, 3→5", ("xavier_uniform", 3, 5, 0))
    yield Case("xavier_normal, 4→2", ("xavier_normal", 4, 2, 1))
    yield Case("he_uniform, 6→3", ("he_uniform", 6, 3, 2))
    yield Case("he_normal, 2→7", ("he_normal", 2, 7, 3))


def _init_random(rng):
    for method in rng.permutation(["xavier_uniform", "xavier_normal", "he_uniform", "he_normal"])[:2]:
        fan_in, fan_out = (int(k) for k in rng.choice(np.arange(2, 65), size=2, replace=False))
        yield Case(f"{method}, {fan_in}→{fan_out}", (str(method), fan_in, fan_out, int(rng.integers(0, 10_000))))


@drill("dl.init.xavier_he", edge=_init_edge, random=_init_random, check=CLOSE)
def init_weights(method, fan_in, fan_out, seed):
    rng = np.random.default_rng(seed)
    shape = (fan_in, fan_out)
    if method == "xavier_uniform":
        limit = np.sqrt(6 / (fan_in + fan_out))
        return rng.uniform(-limit, limit, size=shape)
    if method == "xavier_normal":
        std = np.sqrt(2 / (fan_in + fan_out))
        return rng.normal(0.0, std, size=shape)
    if method == "he_uniform":
        limit = np.sqrt(6 / fan_in)
        return rng.uniform(-limit, limit, size=shape)
    if method == "he_normal":
        std = np.sqrt(2 / fan_in)
        return rng.normal(0.0, std, size=shape)
    raise ValueError(f"unknown method: {method}")


# --- numerically stable softmax -----------------------------------------------------------
def _softmax_edge():
    yield Case("작은 로짓 한 행", (np.array([[1.0, 2.0, 3.0]]),))
    yield Case("큰 로짓 (오버플로 주의)", (np.array([[1000.0, 1001.0, 1002.0], [-5.0, 0.0, 5.0]]),))
    yield Case("행마다 크기가 크게 다름 (행 최댓값을 빼야 함)", (np.array([[1000.0, 999.0], [-1000.0, -1001.0]]),))
    yield Case("같은 로짓은 균등 분포", (np.full((2, 4), 7.5),))


def _softmax_random(rng):
    yield Case("5행 3클래스", (rng.normal(0, 2, (5, 3)),))
    offsets = rng.uniform(800, 1500, (6, 1)) * np.array([[1], [-1], [1], [-1], [1], [-1]])
    yield Case("6행 10클래스, 행마다 ±800~1500만큼 치우친 로짓", (rng.normal(0, 3, (6, 10)) + offsets,))


@drill("dl.act.softmax", edge=_softmax_edge, random=_softmax_random, check=CLOSE)
def softmax(z):
    shifted = z - z.max(axis=1, keepdims=True)
    e = np.exp(shifted)
    return e / e.sum(axis=1, keepdims=True)
