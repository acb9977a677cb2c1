"""Extra calculations for subject 2 preprocessing and EDA (cleaning, feature processing, EDA basics)."""

from __future__ import annotations

import math
from typing import Any

import numpy as np
from scipy import stats

from solvers.calc import calc, describe


def _observed(values: list[Any]) -> np.ndarray:
    return np.asarray([v for v in values if v is not None], dtype=float)


# --- data cleaning ------------------------------------------------------------------------
@calc
def values_outside_fences(q1: float, q3: float, candidates: list[float], k: float = 1.5) -> tuple[float, ...]:
    """The candidates lying outside Tukey's fences [Q1 - k*IQR, Q3 + k*IQR], in the given order."""
    iqr = q3 - q1
    low, high = q1 - k * iqr, q3 + k * iqr
    return tuple(float(c) for c in candidates if c < low or c > high)


@calc
def impute_then_stat(values: list[Any], fill: str, stat: str, ddof: int = 1) -> float:
    """Fill the ``None`` entries with the mean / median / mode of the observed ones, then ``describe``."""
    observed = _observed(values)
    fill_value = {
        "mean": float(observed.mean()),
        "median": float(np.median(observed)),
        "mode": float(stats.mode(observed, keepdims=False).mode),
    }[fill]
    completed = [fill_value if v is None else float(v) for v in values]
    return describe(completed, stat, ddof)


@calc
def rubin_pool(estimates: list[float], variances: list[float]) -> tuple[float, float]:
    """Rubin's rules: pooled estimate (mean of the m estimates) and total variance W + (1 + 1/m) B."""
    q = np.asarray(estimates, dtype=float)
    m = len(q)
    within = float(np.mean(variances))
    between = float(q.var(ddof=1))
    return (float(q.mean()), within + (1 + 1 / m) * between)


@calc
def knn_impute(points: list[list[float]], targets: list[float], query: list[float], k: int) -> float:
    """Mean target of the k rows nearest (Euclidean) to ``query``: KNN imputation, uniform weights."""
    p = np.asarray(points, dtype=float)
    d = np.linalg.norm(p - np.asarray(query, dtype=float), axis=1)
    order = np.argsort(d, kind="stable")[:k]
    return float(np.mean(np.asarray(targets, dtype=float)[order]))


@calc
def capped_mean(values: list[float], q1: float, q3: float, k: float = 1.5) -> float:
    """Mean after capping (winsorizing) every value to Tukey's fences computed from Q1 and Q3."""
    iqr = q3 - q1
    return float(np.mean(np.clip(np.asarray(values, dtype=float), q1 - k * iqr, q3 + k * iqr)))


@calc
def duplicate_count(rows: list[list[Any]], keep: str | bool = "first") -> int:
    """What ``DataFrame.duplicated(keep=...).sum()`` returns for these rows."""
    keys = [tuple(r) for r in rows]
    counts: dict[tuple, int] = {}
    for key in keys:
        counts[key] = counts.get(key, 0) + 1
    if keep is False:
        return sum(c for c in counts.values() if c > 1)
    return sum(c - 1 for c in counts.values())


# --- feature processing -------------------------------------------------------------------
@calc
def standardize_with(values: list[float], x: float, ddof: int = 0) -> float:
    """z of x with the mean and std (given ddof) of ``values``; StandardScaler uses ddof=0."""
    v = np.asarray(values, dtype=float)
    return float((x - v.mean()) / v.std(ddof=ddof))


@calc
def explained_variance_ratio(eigenvalues: list[float], k: int) -> float:
    """Cumulative share of variance of the first k components (eigenvalues in any order)."""
    lam = np.sort(np.asarray(eigenvalues, dtype=float))[::-1]
    return float(lam[:k].sum() / lam.sum())


@calc
def boxcox_value(x: float, lam: float) -> float:
    """(x^lam - 1) / lam, or ln x when lam = 0 (x > 0)."""
    if x <= 0:
        raise ValueError("Box-Cox needs x > 0")
    return math.log(x) if lam == 0 else (x**lam - 1) / lam


@calc
def onehot_width(cardinalities: list[int], numeric: int = 0, drop_first: bool = False) -> int:
    """Columns after one-hot encoding the categorical columns and passing ``numeric`` columns through."""
    return numeric + sum(c - 1 if drop_first else c for c in cardinalities)


@calc
def smote_point(x: list[float], neighbor: list[float], gap: float) -> tuple[float, ...]:
    """SMOTE's synthetic sample x + gap * (neighbor - x), 0 <= gap <= 1."""
    a, b = np.asarray(x, dtype=float), np.asarray(neighbor, dtype=float)
    return tuple(float(v) for v in a + gap * (b - a))


@calc
def balanced_class_weight(counts: list[int], index: int) -> float:
    """scikit-learn class_weight='balanced': n_samples / (n_classes * count of the class)."""
    return sum(counts) / (len(counts) * counts[index])


@calc
def systematic_sample_position(population: int, sample: int, start: int, nth: int) -> float:
    """Index of the nth unit drawn by systematic sampling with interval N/n from a random start."""
    return start + (nth - 1) * population / sample


# --- EDA ------------------------------------------------------------------------------------
@calc
def cv_percents(means: list[float], stds: list[float]) -> tuple[float, ...]:
    """Coefficient of variation (percent) of each group, in the given order."""
    return tuple(s / m * 100 for m, s in zip(means, stds))


@calc
def central_tendency(values: list[float]) -> tuple[float, float, float]:
    """(mean, median, mode)."""
    x = np.asarray(values, dtype=float)
    return (float(x.mean()), float(np.median(x)), float(stats.mode(x, keepdims=False).mode))


@calc
def pearson_skewness(mean: float, median: float, std: float) -> float:
    """Pearson's second skewness coefficient 3 (mean - median) / s."""
    return 3 * (mean - median) / std


@calc
def trimmed_mean(values: list[float], proportion: float) -> float:
    """Mean after cutting ``proportion`` of the sorted values from each end (scipy.stats.trim_mean)."""
    return float(stats.trim_mean(np.asarray(values, dtype=float), proportion))
