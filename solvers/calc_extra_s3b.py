"""Extra reference calculations for subject 3 (advanced techniques, neural networks, clustering).

Each function is a direct transcription of the textbook formula; see ``solvers/calc.py``.
"""

from __future__ import annotations

import math

import numpy as np

from solvers.calc import calc


@calc
def naive_bayes_posterior(priors: list[float], likelihoods: list[list[float]], index: int) -> float:
    """P(class_index | features) with P(c)·Π P(x_j | c) per class, normalised over the classes."""
    joint = [p * math.prod(row) for p, row in zip(priors, likelihoods)]
    return joint[index] / sum(joint)


@calc
def scaled_attention_weight(scores: list[float], d_k: int, index: int) -> float:
    """softmax(q·k / sqrt(d_k)) for one query; ``scores`` are the raw dot products q·k."""
    z = np.asarray(scores, dtype=float) / math.sqrt(d_k)
    e = np.exp(z - z.max())
    return float(e[index] / e.sum())


@calc
def closeness_centrality(distances: list[float], normalized: bool = True) -> float:
    """Closeness of one node from its shortest-path distances to every other node.

    normalized: (n − 1) / Σ d ; otherwise 1 / Σ d.
    """
    total = float(sum(distances))
    return (len(distances) / total) if normalized else 1 / total


@calc
def gradient_boosting_step(y: float, prediction: float, tree_output: float, lr: float) -> tuple[float, float]:
    """Squared-error boosting: pseudo-residual y − F, then F + lr·h. Returns (residual, new prediction)."""
    return (y - prediction, prediction + lr * tree_output)


@calc
def adaboost_weight_update(weight: float, error: float, misclassified: bool) -> float:
    """w·exp(α) for a misclassified sample, w·exp(−α) otherwise (before normalisation)."""
    alpha = 0.5 * math.log((1 - error) / error)
    return weight * math.exp(alpha if misclassified else -alpha)


@calc
def best_constant_predictions(values: list[float]) -> tuple[float, float]:
    """The constants minimising MSE (the mean) and MAE (the median) of ``values``."""
    x = np.asarray(values, dtype=float)
    return (float(x.mean()), float(np.median(x)))
