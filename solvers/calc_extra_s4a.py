"""Extra reference calculations for subject 4: model evaluation and model improvement.

Each function is a direct transcription of the textbook formula; see ``solvers/calc.py``.
"""

from __future__ import annotations

import math

import numpy as np

from solvers.calc import calc


# --- evaluation: ranking charts -------------------------------------------------------------------
@calc
def segment_lift(segment_pos: int, segment_n: int, total_pos: int, total_n: int) -> float:
    """Lift of a segment (e.g. the top decile): its response rate ÷ the overall response rate."""
    return (segment_pos / segment_n) / (total_pos / total_n)


@calc
def cumulative_gain(positives_by_segment: list[int], total_pos: int, upto: int) -> float:
    """Share of all positives captured by the first ``upto`` score-ordered segments (a fraction)."""
    return sum(positives_by_segment[:upto]) / total_pos


@calc
def roc_point(scores: list[float], labels: list[int], threshold: float) -> tuple[float, float]:
    """(FPR, TPR) when every score >= threshold is called positive."""
    s, y = np.asarray(scores, dtype=float), np.asarray(labels, dtype=int)
    predicted = s >= threshold
    tpr = float(np.sum(predicted & (y == 1)) / np.sum(y == 1))
    fpr = float(np.sum(predicted & (y == 0)) / np.sum(y == 0))
    return (fpr, tpr)


@calc
def auc_pairwise(pos_scores: list[float], neg_scores: list[float]) -> float:
    """AUC as P(score of a random positive > score of a random negative), ties counted 1/2."""
    wins = 0.0
    for p in pos_scores:
        for n in neg_scores:
            wins += 1.0 if p > n else 0.5 if p == n else 0.0
    return wins / (len(pos_scores) * len(neg_scores))


@calc
def silhouette_from_distances(same: list[float], others: list[list[float]]) -> float:
    """s = (b − a)/max(a, b); a = mean distance to the own cluster, b = smallest mean distance to another cluster."""
    a = float(np.mean(same))
    b = min(float(np.mean(c)) for c in others)
    return (b - a) / max(a, b)


# --- improvement: optimisers and schedules -----------------------------------------------------------
@calc
def adamax_step(
    w: float, grad: float, lr: float, beta1: float = 0.9, beta2: float = 0.999, t: int = 1,
    m: float = 0.0, u: float = 0.0,
) -> float:
    """AdaMax (Kingma & Ba): m ← β₁m + (1−β₁)g ; u ← max(β₂u, |g|) ; w ← w − lr/(1−β₁ᵗ)·m/u."""
    m = beta1 * m + (1 - beta1) * grad
    u = max(beta2 * u, abs(grad))
    return w - lr / (1 - beta1**t) * m / u


@calc
def step_decay_lr(lr0: float, gamma: float, step_size: int, epoch: int) -> float:
    """PyTorch StepLR: lr = lr0 · gamma^(epoch // step_size) after ``epoch`` completed epochs."""
    return lr0 * gamma ** (epoch // step_size)


@calc
def cosine_annealing_lr(lr_max: float, t: int, t_max: int, lr_min: float = 0.0) -> float:
    """Cosine annealing: lr_min + (lr_max − lr_min)·(1 + cos(π·t/t_max))/2."""
    return lr_min + (lr_max - lr_min) * (1 + math.cos(math.pi * t / t_max)) / 2


@calc
def minibatch_updates(n: int, batch_size: int, epochs: int = 1, drop_last: bool = False) -> int:
    """Parameter updates: batches per epoch (last partial batch kept unless drop_last) × epochs."""
    per_epoch = n // batch_size if drop_last else math.ceil(n / batch_size)
    return per_epoch * epochs


# --- improvement: regularisation -------------------------------------------------------------------
@calc
def early_stopping(val_losses: list[float], patience: int, min_delta: float = 0.0) -> tuple[int, int]:
    """(epoch at which training stops, epoch with the best loss), 1-based, as Keras' EarlyStopping counts."""
    best, best_epoch, wait = math.inf, 0, 0
    for epoch, value in enumerate(val_losses, start=1):
        if value < best - min_delta:
            best, best_epoch, wait = value, epoch, 0
        else:
            wait += 1
            if wait >= patience:
                return (epoch, best_epoch)
    return (len(val_losses), best_epoch)


@calc
def spectral_normalized_entry(matrix: list[list[float]], row: int, col: int) -> float:
    """One entry of W / σ_max(W) (spectral normalisation with the exact largest singular value)."""
    w = np.asarray(matrix, dtype=float)
    sigma = float(np.linalg.svd(w, compute_uv=False)[0])
    return float(w[row, col] / sigma)


@calc
def accuracy_and_recall(tp: int, fp: int, fn: int, tn: int) -> tuple[float, float]:
    """(accuracy, recall); unlike ``confusion_metrics`` it works when nothing is predicted positive (tp = fp = 0)."""
    return ((tp + tn) / (tp + fp + fn + tn), tp / (tp + fn))
