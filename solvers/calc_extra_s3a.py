"""Extra calculations for subject 3: analysis procedure, analysis environment, regression and trees.

Each function is a direct transcription of the textbook formula (or of scikit-learn's documented
splitting rule) and returns the value(s) in the order the options print them.
"""

from __future__ import annotations

import math

import numpy as np

from solvers.calc import calc


# --- analysis procedure ------------------------------------------------------------------------
@calc
def product_of_counts(counts: list[int]) -> int:
    """Number of combinations in a full grid (or k × d centroid coordinates): the product."""
    return int(np.prod(counts))


@calc
def discounted_return(rewards: list[float], gamma: float) -> float:
    """G = r1 + gamma*r2 + gamma^2*r3 + ... (reinforcement learning)."""
    return float(sum(r * gamma**t for t, r in enumerate(rewards)))


# --- data splitting and cross-validation ---------------------------------------------------------
@calc
def holdout_split_sizes(n: int, test_size: float) -> tuple[int, int]:
    """scikit-learn's train_test_split with a float test_size: n_test = ceil(test_size*n)."""
    n_test = math.ceil(test_size * n)
    return (n - n_test, n_test)


@calc
def kfold_split_sizes(n: int, k: int) -> tuple[float, float]:
    """(training rows, validation rows) in one iteration of k-fold when k divides n."""
    return (n * (k - 1) / k, n / k)


@calc
def grid_search_fit_count(values_per_param: list[int], k: int, refit: bool = True) -> int:
    """GridSearchCV fits: (product of candidate counts) × k folds, plus one refit on all data."""
    return int(np.prod(values_per_param)) * k + (1 if refit else 0)


@calc
def time_series_split_sizes(n: int, n_splits: int, split: int) -> tuple[int, int]:
    """TimeSeriesSplit (gap=0, no max_train_size): (train size, test size) of the split-th split."""
    test_size = n // (n_splits + 1)
    test_start = n - n_splits * test_size + (split - 1) * test_size
    return (test_start, test_size)


@calc
def stratified_fold_counts(class_counts: list[int], k: int) -> tuple[float, ...]:
    """Rows of each class in one validation fold of StratifiedKFold when k divides every count."""
    return tuple(c / k for c in class_counts)


@calc
def bootstrap_unique_expected(n: int) -> float:
    """Expected number of distinct original rows in a bootstrap sample of size n."""
    return n * (1 - (1 - 1 / n) ** n)


@calc
def loocv_counts(n: int) -> tuple[int, int]:
    """(number of fits, training rows per fit) for leave-one-out cross-validation."""
    return (n, n - 1)


# --- regression ---------------------------------------------------------------------------------
@calc
def ols_simple_fit(x: list[float], y: list[float]) -> tuple[float, float]:
    """Least-squares line y = b0 + b1*x: returns (slope b1, intercept b0)."""
    xa, ya = np.asarray(x, dtype=float), np.asarray(y, dtype=float)
    slope = float(np.sum((xa - xa.mean()) * (ya - ya.mean())) / np.sum((xa - xa.mean()) ** 2))
    return (slope, float(ya.mean() - slope * xa.mean()))


@calc
def regression_residual(y: float, x: list[float], coefs: list[float], intercept: float) -> float:
    """e = y − ŷ with ŷ = intercept + Σ coef·x."""
    return float(y - (intercept + np.dot(coefs, x)))


@calc
def odds_decrease_percent(beta: float, k: float = 1) -> float:
    """How many percent the odds fall when x rises by k: (1 − exp(k·beta)) × 100."""
    return (1 - math.exp(k * beta)) * 100


@calc
def logit_of_probability(p: float) -> float:
    return math.log(p / (1 - p))


# --- SVM ----------------------------------------------------------------------------------------
@calc
def svm_margin_width(weights: list[float]) -> float:
    """Width of the margin between w·x + b = ±1: 2 / ||w||."""
    return float(2 / np.linalg.norm(np.asarray(weights, dtype=float)))


@calc
def odds_ratio_for_change(beta: float, k: float = 1) -> float:
    """Logistic regression: the odds are multiplied by exp(k·beta) when x rises by k."""
    return math.exp(k * beta)
