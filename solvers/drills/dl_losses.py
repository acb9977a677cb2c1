"""Loss functions with numpy: references and cases for the ``dl.loss.*`` drills."""

from __future__ import annotations

import numpy as np

from quizapp.grading.spec import Case, Check, drill

REAL = Check(returns="real", rtol=1e-7, atol=1e-10)


def _probabilities(rng: np.random.Generator, shape: tuple[int, ...]) -> np.ndarray:
    return rng.uniform(0.02, 0.98, size=shape)


def _mse_edge():
    yield Case("한 원소", (np.array([3.0]), np.array([1.0])))
    yield Case("완벽한 예측은 0", (np.array([1.5, -2.0, 0.0]), np.array([1.5, -2.0, 0.0])))
    yield Case("음수 오차와 양수 오차", (np.array([1.0, 2.0, 3.0, 4.0]), np.array([2.0, 2.0, 1.0, 5.0])))
    yield Case("2차원 배열", (np.array([[1.0, 2.0], [3.0, 4.0]]), np.array([[0.0, 2.0], [3.0, 6.0]])))


def _mse_random(rng):
    for n in (7, 50):
        yield Case(f"길이 {n}", (rng.normal(0, 3, n), rng.normal(0, 3, n)))


@drill("dl.loss.mse", edge=_mse_edge, random=_mse_random, check=REAL)
def mse(y_true, y_pred):
    return float(np.mean((y_true - y_pred) ** 2))


def _bce_edge():
    yield Case("확신에 찬 정답", (np.array([1.0, 0.0]), np.array([0.99, 0.01])))
    yield Case("확신에 찬 오답", (np.array([1.0, 0.0]), np.array([0.01, 0.99])))
    yield Case("0.5 예측", (np.array([1.0, 0.0, 1.0]), np.array([0.5, 0.5, 0.5])))
    yield Case("정수 라벨", (np.array([1, 0, 0, 1]), np.array([0.8, 0.3, 0.1, 0.6])))


def _bce_random(rng):
    for n in (10, 40):
        yield Case(f"길이 {n}", (rng.integers(0, 2, n).astype(float), _probabilities(rng, (n,))))


@drill("dl.loss.binary_crossentropy", edge=_bce_edge, random=_bce_random, check=REAL)
def binary_crossentropy(y_true, y_pred):
    losses = -(y_true * np.log(y_pred) + (1 - y_true) * np.log(1 - y_pred))
    return float(np.mean(losses))


def _one_hot(labels: np.ndarray, classes: int) -> np.ndarray:
    return np.eye(classes)[labels]


def _softmax_rows(rng: np.random.Generator, rows: int, classes: int) -> np.ndarray:
    logits = rng.normal(0, 1.5, (rows, classes))
    e = np.exp(logits - logits.max(axis=1, keepdims=True))
    return e / e.sum(axis=1, keepdims=True)


def _cce_edge():
    yield Case("한 행", (np.array([[0.0, 1.0, 0.0]]), np.array([[0.2, 0.7, 0.1]])))
    yield Case("두 행 (행마다 합한 뒤 평균)", (np.array([[1.0, 0.0], [0.0, 1.0]]), np.array([[0.9, 0.1], [0.4, 0.6]])))
    yield Case("균등 예측", (np.array([[0, 0, 1, 0]]), np.full((1, 4), 0.25)))


def _cce_random(rng):
    for rows, classes in ((5, 3), (20, 6)):
        labels = rng.integers(0, classes, rows)
        yield Case(f"{rows}행 {classes}클래스", (_one_hot(labels, classes), _softmax_rows(rng, rows, classes)))


@drill("dl.loss.categorical_crossentropy", edge=_cce_edge, random=_cce_random, check=REAL)
def categorical_crossentropy(y_true, y_pred):
    per_row = -np.sum(y_true * np.log(y_pred), axis=1)
    return float(np.mean(per_row))


def _hinge_edge():
    yield Case("마진 밖의 정답은 0", (np.array([1, -1]), np.array([2.0, -1.5])))
    yield Case("마진 안의 정답", (np.array([1, -1]), np.array([0.5, -0.2])))
    yield Case("틀린 부호", (np.array([1, -1, 1]), np.array([-0.5, 0.3, 1.0])))
    yield Case("정확히 마진 위", (np.array([1.0, -1.0]), np.array([1.0, -1.0])))


def _hinge_random(rng):
    for n in (8, 30):
        yield Case(f"길이 {n}", (rng.choice([-1.0, 1.0], n), rng.normal(0, 1.5, n)))


@drill("dl.loss.hinge", edge=_hinge_edge, random=_hinge_random, check=REAL)
def hinge(y_true, y_pred):
    return float(np.mean(np.maximum(0.0, 1.0 - y_true * y_pred)))


def _kld_edge():
    yield Case("같은 분포는 0", (np.array([[0.2, 0.8]]), np.array([[0.2, 0.8]])))
    yield Case("한 행", (np.array([[0.5, 0.5]]), np.array([[0.9, 0.1]])))
    yield Case("두 행 평균", (np.array([[0.7, 0.2, 0.1], [0.1, 0.1, 0.8]]), np.array([[0.5, 0.3, 0.2], [0.3, 0.3, 0.4]])))


def _kld_random(rng):
    for rows, classes in ((4, 3), (12, 5)):
        yield Case(f"{rows}행 {classes}칸", (_softmax_rows(rng, rows, classes), _softmax_rows(rng, rows, classes)))


@drill("dl.loss.kld", edge=_kld_edge, random=_kld_random, check=REAL)
def kld(y_true, y_pred):
    per_row = np.sum(y_true * np.log(y_true / y_pred), axis=1)
    return float(np.mean(per_row))


def _dice_edge():
    yield Case("완전히 겹침", (np.array([1.0, 1.0, 0.0]), np.array([1.0, 1.0, 0.0])))
    yield Case("전혀 안 겹침", (np.array([1.0, 0.0]), np.array([0.0, 1.0])))
    yield Case("확률 예측", (np.array([1.0, 0.0, 1.0, 1.0]), np.array([0.9, 0.2, 0.6, 0.3])))
    yield Case("smooth=0", (np.array([1.0, 0.0, 1.0]), np.array([0.5, 0.5, 1.0])), {"smooth": 0})
    yield Case("2차원 마스크", (np.array([[1.0, 0.0], [1.0, 1.0]]), np.array([[0.8, 0.1], [0.4, 0.9]])))


def _dice_random(rng):
    for n in (16, 64):
        yield Case(f"길이 {n}", (rng.integers(0, 2, n).astype(float), rng.uniform(0, 1, n)))
    yield Case("smooth=0.5", (rng.integers(0, 2, 10).astype(float), rng.uniform(0, 1, 10)), {"smooth": 0.5})


@drill("dl.loss.dice_loss", edge=_dice_edge, random=_dice_random, check=REAL)
def dice_loss(y_true, y_pred, smooth=1):
    intersection = np.sum(y_true * y_pred)
    return float(1 - (2 * intersection + smooth) / (np.sum(y_true) + np.sum(y_pred) + smooth))
