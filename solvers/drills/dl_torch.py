"""Deep-learning pieces in PyTorch (``dl.torch.*``): VAE reparameterisation and loss, a linear layer
with ReLU, cross-entropy from logits, one manual SGD step with autograd and 2×2 max pooling.
Inputs and outputs are float32 tensors (class labels are int64). References and cases."""

from __future__ import annotations

import numpy as np
import torch

from quizapp.grading.spec import Case, Check, drill

# float32 arithmetic: a learner's equivalent formula may differ from ours in the last bits.
TENSOR = Check(rtol=1e-5, atol=1e-6, check_dtype=True)


def _t(values) -> torch.Tensor:
    return torch.tensor(values, dtype=torch.float32)


def _normal(rng: np.random.Generator, shape: tuple[int, ...], scale: float = 1.0) -> torch.Tensor:
    return torch.from_numpy(rng.normal(0.0, scale, shape).astype(np.float32))


def _uniform(rng: np.random.Generator, low: float, high: float, shape: tuple[int, ...]) -> torch.Tensor:
    return torch.from_numpy(rng.uniform(low, high, shape).astype(np.float32))


# --- VAE reparameterisation ---------------------------------------------------------------
def _reparam_edge():
    yield Case("eps = 0이면 z = mu", (_t([[0.5, -1.0, 2.0]]), _t([[1.0, -2.0, 0.3]]), _t([[0.0, 0.0, 0.0]])))
    yield Case("logvar = 0이면 표준편차 1", (_t([[0.5, -1.0]]), _t([[0.0, 0.0]]), _t([[1.0, 2.0]])))
    yield Case("음수 logvar (표준편차 < 1)", (_t([[0.0, 0.0, 1.0]]), _t([[-2.0, -1.0, -4.0]]), _t([[1.0, -1.0, 0.5]])))
    yield Case("표본 2개, 양수 logvar", (_t([[1.0, -0.5], [0.0, 2.0]]), _t([[2.0, 1.0], [0.5, 3.0]]),
                                         _t([[0.3, -1.2], [1.5, -0.4]])))


def _reparam_random(rng):
    for n, k in ((4, 3), (8, 5)):
        yield Case(f"{n}×{k}", (_normal(rng, (n, k)), _uniform(rng, -3.0, 2.0, (n, k)), _normal(rng, (n, k))))


@drill("dl.torch.vae_reparameterize", edge=_reparam_edge, random=_reparam_random,
       libs=("numpy", "torch"), check=TENSOR)
def reparameterize(mu, logvar, eps):
    std = torch.exp(0.5 * logvar)
    return mu + std * eps


# --- VAE loss -----------------------------------------------------------------------------
def _vae_edge():
    yield Case("표본 1개, mu = 0·logvar = 0이면 KL = 0",
               (_t([[1.0, 0.0, 1.0, 0.0]]), _t([[0.9, 0.2, 0.6, 0.3]]), _t([[0.0, 0.0]]), _t([[0.0, 0.0]])))
    yield Case("표본 2개 (배치 평균)",
               (_t([[1.0, 0.0, 1.0], [0.0, 1.0, 1.0]]), _t([[0.8, 0.1, 0.7], [0.4, 0.9, 0.5]]),
                _t([[0.5, -1.0], [1.5, 0.2]]), _t([[-0.5, 0.3], [0.1, -1.2]])))
    yield Case("회색조 입력 (x가 0과 1 사이)",
               (_t([[0.2, 0.7, 0.5, 1.0, 0.0], [0.9, 0.3, 0.6, 0.1, 0.4], [0.5, 0.5, 0.8, 0.0, 1.0]]),
                _t([[0.3, 0.6, 0.5, 0.9, 0.2], [0.7, 0.2, 0.4, 0.3, 0.5], [0.5, 0.6, 0.9, 0.1, 0.8]]),
                _t([[1.0, 0.0, -0.5], [0.0, 2.0, 0.5], [-1.0, 0.3, 0.0]]),
                _t([[0.0, -1.0, 0.5], [1.0, 0.0, -2.0], [0.4, -0.3, 0.0]])))


def _vae_random(rng):
    for n, d, k in ((4, 6, 2), (8, 10, 3)):
        x = torch.from_numpy(rng.integers(0, 2, (n, d)).astype(np.float32))
        yield Case(f"배치 {n}, 특성 {d}, 잠재 {k}",
                   (x, _uniform(rng, 0.05, 0.95, (n, d)), _normal(rng, (n, k)), _uniform(rng, -2.0, 1.0, (n, k))))


@drill("dl.torch.vae_loss", edge=_vae_edge, random=_vae_random,
       libs=("numpy", "torch"), check=TENSOR)
def vae_loss(x, x_recon, mu, logvar):
    import torch.nn.functional as F

    batch = x.shape[0]
    recon = F.binary_cross_entropy(x_recon, x, reduction="sum")
    kl = -0.5 * torch.sum(1 + logvar - mu ** 2 - torch.exp(logvar))
    return (recon + kl) / batch


# --- Linear layer + ReLU ------------------------------------------------------------------
def _linear_edge():
    yield Case("정사각 W (전치에 주의)", (_t([[1.0, 2.0]]), _t([[1.0, 2.0], [3.0, 4.0]]), _t([0.5, -1.0])))
    yield Case("음수는 0이 됨 (ReLU)",
               (_t([[1.0, -1.0, 2.0], [0.0, 1.0, -2.0]]), _t([[0.5, 1.0, -1.0], [2.0, 0.0, 1.0]]), _t([0.0, 0.0])))
    yield Case("편향이 부호를 바꿈",
               (_t([[1.0, 1.0], [2.0, -1.0]]), _t([[-1.0, 0.5], [1.0, 1.0], [0.0, -2.0]]), _t([1.0, -3.0, 2.5])))
    yield Case("출력 1개, 표본 3개", (_t([[0.5, -0.5, 1.0, 0.0], [1.0, 1.0, 1.0, 1.0], [-2.0, 0.0, 0.5, 3.0]]),
                                      _t([[0.2, -0.4, 1.0, 0.3]]), _t([-0.1])))


def _linear_random(rng):
    for n, d_in, d_out in ((5, 4, 3), (3, 6, 2)):
        yield Case(f"입력 {n}×{d_in} → 출력 {d_out}",
                   (_normal(rng, (n, d_in)), _normal(rng, (d_out, d_in), 0.7), _normal(rng, (d_out,), 0.5)))


@drill("dl.torch.linear_relu", edge=_linear_edge, random=_linear_random,
       libs=("numpy", "torch"), check=TENSOR)
def linear_relu(x, W, b):
    return torch.relu(x @ W.T + b)


# --- Cross-entropy from logits ------------------------------------------------------------
def _labels(values) -> torch.Tensor:
    return torch.tensor(values, dtype=torch.long)


def _ce_edge():
    yield Case("표본 1개", (_t([[2.0, 1.0, 0.1]]), _labels([0])))
    yield Case("표본 3개 (평균)", (_t([[0.5, 2.5, -1.0], [1.0, 1.0, 3.0], [-0.5, 0.0, 0.5]]), _labels([1, 0, 2])))
    yield Case("모든 로짓이 같으면 log(클래스 수)", (torch.zeros(2, 4), _labels([3, 0])))
    yield Case("아주 큰 로짓 (수치 안정성)", (_t([[100.0, 0.0, -100.0], [0.0, 200.0, 50.0]]), _labels([1, 1])))


def _ce_random(rng):
    for n, c in ((6, 3), (10, 5)):
        yield Case(f"{n}표본 {c}클래스", (_normal(rng, (n, c), 2.0), torch.from_numpy(rng.integers(0, c, n))))


@drill("dl.torch.cross_entropy", edge=_ce_edge, random=_ce_random,
       libs=("numpy", "torch"), check=TENSOR)
def cross_entropy(logits, target):
    import torch.nn.functional as F

    return F.cross_entropy(logits, target)


# --- One SGD step with autograd -----------------------------------------------------------
def _weights(values) -> torch.Tensor:
    return torch.tensor(values, dtype=torch.float32, requires_grad=True)


def _sgd_edge():
    x = _t([[1.0, 0.0], [0.0, 1.0], [1.0, 1.0]])
    yield Case("완벽한 예측이면 그대로", (_weights([1.0, -2.0]), x, _t([1.0, -2.0, -1.0])), {"lr": 0.1})
    yield Case("표본 1개", (_weights([0.5, -1.0, 2.0]), _t([[1.0, 2.0, -1.0]]), _t([1.0])), {"lr": 0.1})
    yield Case("표본 4개 (평균 MSE, 기본 lr)", (_weights([0.0, 1.0]), _t([[1.0, 2.0], [2.0, 0.0], [-1.0, 1.0], [0.5, 0.5]]),
                                                _t([3.0, 1.0, -2.0, 0.0])))
    yield Case("lr = 0.05", (_weights([1.0, 1.0, -1.0]), _t([[1.0, 0.0, 2.0], [0.0, -1.0, 1.0]]), _t([0.0, 2.0])),
               {"lr": 0.05})


def _sgd_random(rng):
    for n, d in ((8, 3), (5, 4)):
        w = torch.from_numpy(rng.normal(0, 1, d).astype(np.float32)).requires_grad_(True)
        yield Case(f"{n}표본 {d}특성", (w, _normal(rng, (n, d)), _normal(rng, (n,), 2.0)),
                   {"lr": float(rng.choice([0.01, 0.05, 0.1]))})


@drill("dl.torch.sgd_step", edge=_sgd_edge, random=_sgd_random,
       libs=("numpy", "torch"), check=TENSOR)
def sgd_step(w, x, y, lr=0.1):
    pred = x @ w
    loss = torch.mean((pred - y) ** 2)
    loss.backward()
    return (w - lr * w.grad).detach()


# --- 2×2 max pooling ----------------------------------------------------------------------
def _pool_edge():
    yield Case("4×4 한 채널", (_t([[[[1.0, 3.0, 2.0, 0.0], [4.0, 2.0, 1.0, 5.0],
                                    [0.0, -1.0, 6.0, 2.0], [7.0, 1.0, 3.0, 3.0]]]]),))
    yield Case("모두 음수", (_t([[[[-3.0, -1.0, -4.0, -2.0], [-5.0, -2.0, -1.5, -6.0]]]]),))
    yield Case("홀수 크기 5×5 (남는 마지막 행·열은 버림)",
               (_t([[[[3.0, 1.0, 4.0, 1.0, 9.0], [5.0, 9.0, 2.0, 6.0, 8.0], [5.0, 3.0, 5.0, 8.0, 9.0],
                       [7.0, 9.0, 3.0, 2.0, 8.0], [9.0, 8.0, 9.0, 9.0, 9.0]]]]),))
    yield Case("배치 2, 채널 2, 4×6", (torch.arange(96, dtype=torch.float32).reshape(2, 2, 4, 6).sin(),))


def _pool_random(rng):
    for shape in ((2, 3, 6, 6), (1, 2, 7, 4)):
        yield Case(f"모양 {shape}", (_normal(rng, shape),))


@drill("dl.torch.max_pool2x2", edge=_pool_edge, random=_pool_random,
       libs=("numpy", "torch"), check=TENSOR)
def max_pool2x2(x):
    import torch.nn.functional as F

    return F.max_pool2d(x, kernel_size=2, stride=2)
