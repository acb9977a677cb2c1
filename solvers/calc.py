"""Reference calculations for the bank's calculation questions (numpy / scipy).

Each multiple-choice item with a ``calc:`` block names one function here and its inputs; the
checker recomputes the answer and verifies that the keyed option shows it and that no other
option does (``quizapp validate`` and ``tests/unit/test_bank_quality.py``). Functions return
a number or a tuple of numbers in the order the options print them.

Add a function with ``@calc``. Keep each one a direct transcription of the textbook formula.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from typing import Any

import numpy as np
from scipy import stats

REGISTRY: dict[str, Callable[..., Any]] = {}


def calc(fn: Callable[..., Any]) -> Callable[..., Any]:
    REGISTRY[fn.__name__] = fn
    return fn


def _arr(values: Sequence[float]) -> np.ndarray:
    return np.asarray(values, dtype=float)


# --- classification metrics --------------------------------------------------------------------
@calc
def confusion_metric(tp: int, fp: int, fn: int, tn: int, metric: str) -> float:
    """accuracy, error_rate, precision, recall (=sensitivity=tpr), specificity, fpr, fnr, npv, f1, balanced_accuracy."""
    p, n = tp + fn, fp + tn
    values = {
        "accuracy": (tp + tn) / (p + n),
        "error_rate": (fp + fn) / (p + n),
        "precision": tp / (tp + fp),
        "recall": tp / p,
        "sensitivity": tp / p,
        "tpr": tp / p,
        "specificity": tn / n,
        "fpr": fp / n,
        "fnr": fn / p,
        "npv": tn / (tn + fn),
        "balanced_accuracy": (tp / p + tn / n) / 2,
    }
    if metric == "f1":
        precision, recall = values["precision"], values["recall"]
        return 2 * precision * recall / (precision + recall)
    if metric.startswith("fbeta:"):
        beta = float(metric.split(":")[1])
        precision, recall = values["precision"], values["recall"]
        return (1 + beta**2) * precision * recall / (beta**2 * precision + recall)
    return values[metric]


@calc
def confusion_metrics(tp: int, fp: int, fn: int, tn: int, metrics: list[str]) -> tuple[float, ...]:
    return tuple(confusion_metric(tp, fp, fn, tn, m) for m in metrics)


# --- regression metrics ----------------------------------------------------------------------------
@calc
def regression_metric(y_true: list[float], y_pred: list[float], metric: str) -> float:
    """mse, rmse, mae, mape (percent), r2, sse, mean_error."""
    y, f = _arr(y_true), _arr(y_pred)
    e = y - f
    return {
        "sse": float(np.sum(e**2)),
        "mse": float(np.mean(e**2)),
        "rmse": float(np.sqrt(np.mean(e**2))),
        "mae": float(np.mean(np.abs(e))),
        "mape": float(np.mean(np.abs(e / y)) * 100),
        "r2": float(1 - np.sum(e**2) / np.sum((y - y.mean()) ** 2)),
        "mean_error": float(np.mean(e)),
    }[metric]


@calc
def r2_from_sums(sse: float, sst: float) -> float:
    return 1 - sse / sst


@calc
def adjusted_r2(r2: float, n: int, p: int) -> float:
    return 1 - (1 - r2) * (n - 1) / (n - p - 1)


@calc
def vif(r2: float) -> float:
    return 1 / (1 - r2)


# --- descriptive statistics ----------------------------------------------------------------------
@calc
def describe(values: list[float], stat: str, ddof: int = 1) -> float:
    """mean, median, mode, var, std, cv (percent, sample std), range, q1, q3, iqr, skew, kurtosis (excess)."""
    x = _arr(values)
    if stat == "mean":
        return float(x.mean())
    if stat == "median":
        return float(np.median(x))
    if stat == "mode":
        return float(stats.mode(x, keepdims=False).mode)
    if stat == "var":
        return float(x.var(ddof=ddof))
    if stat == "std":
        return float(x.std(ddof=ddof))
    if stat == "cv":
        return float(x.std(ddof=ddof) / x.mean() * 100)
    if stat == "range":
        return float(x.max() - x.min())
    if stat in ("q1", "q3", "iqr"):
        q1, q3 = np.percentile(x, [25, 75])  # linear interpolation, as pandas' default
        return float({"q1": q1, "q3": q3, "iqr": q3 - q1}[stat])
    if stat == "skew":
        return float(stats.skew(x))
    if stat == "kurtosis":
        return float(stats.kurtosis(x))
    raise KeyError(stat)


@calc
def iqr_fences(q1: float, q3: float, k: float = 1.5) -> tuple[float, float]:
    iqr = q3 - q1
    return (q1 - k * iqr, q3 + k * iqr)


@calc
def iqr_outlier_count(values: list[float], k: float = 1.5) -> int:
    x = _arr(values)
    q1, q3 = np.percentile(x, [25, 75])
    low, high = q1 - k * (q3 - q1), q3 + k * (q3 - q1)
    return int(np.sum((x < low) | (x > high)))


@calc
def cv_percent(mean: float, std: float) -> float:
    return std / mean * 100


@calc
def zscore(x: float, mean: float, std: float) -> float:
    return (x - mean) / std


@calc
def scale_value(x: float, method: str, **params: float) -> float:
    """standard (mean, std), minmax (min, max), robust (median, q1, q3), maxabs (maxabs)."""
    if method == "standard":
        return (x - params["mean"]) / params["std"]
    if method == "minmax":
        return (x - params["min"]) / (params["max"] - params["min"])
    if method == "robust":
        return (x - params["median"]) / (params["q3"] - params["q1"])
    if method == "maxabs":
        return x / params["maxabs"]
    raise KeyError(method)


@calc
def correlation(x: list[float], y: list[float], method: str = "pearson") -> float:
    fn = {"pearson": stats.pearsonr, "spearman": stats.spearmanr, "kendall": stats.kendalltau}[method]
    return float(fn(x, y)[0])


@calc
def covariance(x: list[float], y: list[float], ddof: int = 1) -> float:
    return float(np.cov(x, y, ddof=ddof)[0, 1])


@calc
def linear_combination_moments(a: float, b: float, mean: float, var: float) -> tuple[float, float]:
    """E[aX+b] and Var(aX+b)."""
    return (a * mean + b, a * a * var)


@calc
def expected_value(values: list[float], probs: list[float]) -> float:
    return float(np.dot(values, probs))


@calc
def discrete_variance(values: list[float], probs: list[float]) -> float:
    v, p = _arr(values), _arr(probs)
    mean = float(np.dot(v, p))
    return float(np.dot((v - mean) ** 2, p))


# --- probability -------------------------------------------------------------------------------
@calc
def bayes_posterior(prior: float, sensitivity: float, false_positive_rate: float, scale: float = 1) -> float:
    """P(condition | positive test)."""
    evidence = prior * sensitivity + (1 - prior) * false_positive_rate
    return prior * sensitivity / evidence * scale


@calc
def total_probability(priors: list[float], likelihoods: list[float]) -> float:
    return float(np.dot(priors, likelihoods))


@calc
def bayes_general(priors: list[float], likelihoods: list[float], index: int) -> float:
    joint = _arr(priors) * _arr(likelihoods)
    return float(joint[index] / joint.sum())


@calc
def conditional_probability(p_joint: float, p_given: float) -> float:
    return p_joint / p_given


@calc
def union_probability(p_a: float, p_b: float, p_ab: float) -> float:
    return p_a + p_b - p_ab


@calc
def combinations(n: int, k: int) -> int:
    return math.comb(n, k)


@calc
def permutations(n: int, k: int) -> int:
    return math.perm(n, k)


# --- distributions -----------------------------------------------------------------------------
@calc
def binomial(n: int, p: float, k: int, kind: str = "pmf") -> float:
    """pmf: P(X=k); cdf: P(X<=k); sf: P(X>k); ge: P(X>=k)."""
    dist = stats.binom(n, p)
    return float({"pmf": dist.pmf(k), "cdf": dist.cdf(k), "sf": dist.sf(k), "ge": dist.sf(k - 1)}[kind])


@calc
def binomial_moments(n: int, p: float) -> tuple[float, float]:
    return (n * p, n * p * (1 - p))


@calc
def poisson(lam: float, k: int, kind: str = "pmf") -> float:
    dist = stats.poisson(lam)
    return float({"pmf": dist.pmf(k), "cdf": dist.cdf(k), "sf": dist.sf(k), "ge": dist.sf(k - 1)}[kind])


@calc
def geometric(p: float, k: int, kind: str = "pmf") -> float:
    """Trials until the first success (k = 1, 2, ...)."""
    dist = stats.geom(p)
    return float({"pmf": dist.pmf(k), "cdf": dist.cdf(k), "sf": dist.sf(k)}[kind])


@calc
def hypergeometric(population: int, successes: int, draws: int, k: int) -> float:
    return float(stats.hypergeom(population, successes, draws).pmf(k))


@calc
def normal_probability(mean: float, std: float, low: float | None = None, high: float | None = None) -> float:
    dist = stats.norm(mean, std)
    lo = dist.cdf(low) if low is not None else 0.0
    hi = dist.cdf(high) if high is not None else 1.0
    return float(hi - lo)


@calc
def normal_quantile(mean: float, std: float, q: float) -> float:
    return float(stats.norm(mean, std).ppf(q))


@calc
def exponential_probability(rate: float, low: float | None = None, high: float | None = None) -> float:
    dist = stats.expon(scale=1 / rate)
    lo = dist.cdf(low) if low is not None else 0.0
    hi = dist.cdf(high) if high is not None else 1.0
    return float(hi - lo)


@calc
def exponential_moments(rate: float) -> tuple[float, float]:
    return (1 / rate, 1 / rate**2)


@calc
def uniform_probability(a: float, b: float, low: float, high: float) -> float:
    return float(stats.uniform(a, b - a).cdf(high) - stats.uniform(a, b - a).cdf(low))


@calc
def uniform_moments(a: float, b: float) -> tuple[float, float]:
    return ((a + b) / 2, (b - a) ** 2 / 12)


@calc
def normal_pdf(x: float, mean: float, std: float) -> float:
    return float(stats.norm(mean, std).pdf(x))


# --- inference ---------------------------------------------------------------------------------
@calc
def standard_error(std: float, n: int) -> float:
    return std / math.sqrt(n)


@calc
def z_interval(mean: float, std: float, n: int, confidence: float) -> tuple[float, float]:
    z = stats.norm.ppf(0.5 + confidence / 2)
    half = z * std / math.sqrt(n)
    return (mean - half, mean + half)


@calc
def t_interval(mean: float, std: float, n: int, confidence: float) -> tuple[float, float]:
    t = stats.t.ppf(0.5 + confidence / 2, n - 1)
    half = t * std / math.sqrt(n)
    return (mean - half, mean + half)


@calc
def one_sample_statistic(mean: float, mu: float, std: float, n: int) -> float:
    return (mean - mu) / (std / math.sqrt(n))


@calc
def sample_size_for_mean(std: float, margin: float, confidence: float) -> int:
    z = stats.norm.ppf(0.5 + confidence / 2)
    return math.ceil((z * std / margin) ** 2)


@calc
def chi_square_statistic(observed: list[float], expected: list[float]) -> float:
    o, e = _arr(observed), _arr(expected)
    return float(np.sum((o - e) ** 2 / e))


@calc
def chi_square_expected(row_total: float, col_total: float, grand_total: float) -> float:
    return row_total * col_total / grand_total


@calc
def degrees_of_freedom(test: str, rows: int = 0, cols: int = 0, n: int = 0, groups: int = 0, categories: int = 0) -> int | tuple[int, int]:
    """independence (rows, cols), goodness (categories), one_sample_t (n), anova (groups, n) -> (between, within)."""
    if test == "independence":
        return (rows - 1) * (cols - 1)
    if test == "goodness":
        return categories - 1
    if test == "one_sample_t":
        return n - 1
    if test == "paired_t":
        return n - 1
    if test == "anova":
        return (groups - 1, n - groups)
    raise KeyError(test)


@calc
def anova_f(ss_between: float, ss_within: float, groups: int, n: int) -> float:
    return (ss_between / (groups - 1)) / (ss_within / (n - groups))


@calc
def power(beta: float) -> float:
    return 1 - beta


# --- association rules ---------------------------------------------------------------------
@calc
def association_rule(n_total: int, n_a: int, n_b: int, n_ab: int, metric: str) -> float:
    """Rule A -> B: support, confidence, lift, leverage, conviction."""
    s_a, s_b, s_ab = n_a / n_total, n_b / n_total, n_ab / n_total
    confidence = s_ab / s_a
    return {
        "support": s_ab,
        "confidence": confidence,
        "lift": confidence / s_b,
        "leverage": s_ab - s_a * s_b,
        "conviction": (1 - s_b) / (1 - confidence) if confidence < 1 else math.inf,
    }[metric]


@calc
def association_rules(n_total: int, n_a: int, n_b: int, n_ab: int, metrics: list[str]) -> tuple[float, ...]:
    return tuple(association_rule(n_total, n_a, n_b, n_ab, m) for m in metrics)


# --- trees, information ----------------------------------------------------------------------
@calc
def gini(counts: list[int]) -> float:
    p = _arr(counts) / np.sum(counts)
    return float(1 - np.sum(p**2))


@calc
def entropy(counts: list[int], base: float = 2) -> float:
    p = _arr(counts) / np.sum(counts)
    p = p[p > 0]
    return float(-np.sum(p * np.log(p)) / math.log(base))


@calc
def information_gain(parent: list[int], children: list[list[int]], base: float = 2) -> float:
    total = sum(parent)
    weighted = sum(sum(c) / total * entropy(c, base) for c in children)
    return entropy(parent, base) - weighted


@calc
def gini_split(children: list[list[int]]) -> float:
    total = sum(sum(c) for c in children)
    return sum(sum(c) / total * gini(c) for c in children)


# --- clustering and distances ------------------------------------------------------------------
@calc
def distance(x: list[float], y: list[float], metric: str, p: float = 2) -> float:
    a, b = _arr(x), _arr(y)
    if metric == "euclidean":
        return float(np.linalg.norm(a - b))
    if metric == "manhattan":
        return float(np.sum(np.abs(a - b)))
    if metric == "chebyshev":
        return float(np.max(np.abs(a - b)))
    if metric == "minkowski":
        return float(np.sum(np.abs(a - b) ** p) ** (1 / p))
    if metric == "cosine_similarity":
        return float(a @ b / (np.linalg.norm(a) * np.linalg.norm(b)))
    if metric == "jaccard":  # of two binary vectors
        both = np.sum((a == 1) & (b == 1))
        either = np.sum((a == 1) | (b == 1))
        return float(both / either)
    raise KeyError(metric)


@calc
def mahalanobis(x: list[float], mean: list[float], cov: list[list[float]]) -> float:
    d = _arr(x) - _arr(mean)
    return float(np.sqrt(d @ np.linalg.inv(np.asarray(cov, dtype=float)) @ d))


@calc
def silhouette(a: float, b: float) -> float:
    return (b - a) / max(a, b)


@calc
def centroid(points: list[list[float]]) -> tuple[float, ...]:
    return tuple(float(v) for v in np.mean(np.asarray(points, dtype=float), axis=0))


# --- neural networks ------------------------------------------------------------------------
def _activate(z: np.ndarray | float, activation: str) -> Any:
    z = np.asarray(z, dtype=float)
    if activation == "sigmoid":
        return 1 / (1 + np.exp(-z))
    if activation == "tanh":
        return np.tanh(z)
    if activation == "relu":
        return np.maximum(z, 0)
    if activation == "leaky_relu":
        return np.where(z > 0, z, 0.01 * z)
    if activation == "step":
        return (z >= 0).astype(float)
    if activation == "linear":
        return z
    raise KeyError(activation)


@calc
def neuron_output(inputs: list[float], weights: list[float], bias: float, activation: str) -> float:
    return float(_activate(np.dot(inputs, weights) + bias, activation))


@calc
def activation(z: float, function: str) -> float:
    return float(_activate(z, function))


@calc
def softmax(logits: list[float], index: int) -> float:
    z = _arr(logits)
    e = np.exp(z - z.max())
    return float(e[index] / e.sum())


@calc
def conv_output_size(size: int, kernel: int, stride: int = 1, padding: int = 0, dilation: int = 1) -> int:
    return (size + 2 * padding - dilation * (kernel - 1) - 1) // stride + 1


@calc
def conv_output_shape(
    height: int, width: int, kernel: int, filters: int, stride: int = 1, padding: int = 0,
    pool: int = 0, pool_stride: int = 0,
) -> tuple[int, int, int]:
    h = conv_output_size(height, kernel, stride, padding)
    w = conv_output_size(width, kernel, stride, padding)
    if pool:
        h = conv_output_size(h, pool, pool_stride or pool)
        w = conv_output_size(w, pool, pool_stride or pool)
    return (h, w, filters)


@calc
def conv_parameters(kernel: int, in_channels: int, filters: int, bias: bool = True) -> int:
    return kernel * kernel * in_channels * filters + (filters if bias else 0)


@calc
def dense_parameters(inputs: int, units: int, bias: bool = True) -> int:
    return inputs * units + (units if bias else 0)


@calc
def receptive_field(kernels: list[int], strides: list[int]) -> int:
    field, jump = 1, 1
    for k, s in zip(kernels, strides):
        field += (k - 1) * jump
        jump *= s
    return field


# --- optimisers (one update of one weight) --------------------------------------------------
@calc
def sgd_step(w: float, grad: float, lr: float, weight_decay: float = 0.0) -> float:
    return w - lr * (grad + weight_decay * w)


@calc
def momentum_step(w: float, velocity: float, grad: float, lr: float, beta: float) -> tuple[float, float]:
    """v <- beta*v - lr*g ; w <- w + v. Returns (new w, new v)."""
    v = beta * velocity - lr * grad
    return (w + v, v)


@calc
def adagrad_step(w: float, grad: float, lr: float, accum: float = 0.0, eps: float = 1e-8) -> float:
    g2 = accum + grad * grad
    return w - lr * grad / (math.sqrt(g2) + eps)


@calc
def rmsprop_step(w: float, grad: float, lr: float, rho: float, avg_sq: float = 0.0, eps: float = 1e-8) -> float:
    s = rho * avg_sq + (1 - rho) * grad * grad
    return w - lr * grad / (math.sqrt(s) + eps)


@calc
def adam_step(
    w: float, grad: float, lr: float, beta1: float = 0.9, beta2: float = 0.999, t: int = 1,
    m: float = 0.0, v: float = 0.0, eps: float = 1e-8, bias_correction: bool = True,
) -> float:
    m = beta1 * m + (1 - beta1) * grad
    v = beta2 * v + (1 - beta2) * grad * grad
    if bias_correction:
        m, v = m / (1 - beta1**t), v / (1 - beta2**t)
    return w - lr * m / (math.sqrt(v) + eps)


@calc
def adamw_step(
    w: float, grad: float, lr: float, weight_decay: float, beta1: float = 0.9, beta2: float = 0.999,
    t: int = 1, m: float = 0.0, v: float = 0.0, eps: float = 1e-8,
) -> float:
    m = beta1 * m + (1 - beta1) * grad
    v = beta2 * v + (1 - beta2) * grad * grad
    m_hat, v_hat = m / (1 - beta1**t), v / (1 - beta2**t)
    return w - lr * (m_hat / (math.sqrt(v_hat) + eps) + weight_decay * w)


@calc
def gradient_descent_steps(w: float, lr: float, steps: int, a: float, b: float = 0.0) -> float:
    """Minimise f(w) = a*(w - b)^2 by plain gradient descent for ``steps`` updates."""
    for _ in range(steps):
        w = w - lr * 2 * a * (w - b)
    return w


# --- losses -------------------------------------------------------------------------------------
@calc
def loss(y_true: list[Any], y_pred: list[Any], kind: str, smooth: float = 1.0, log_base: float = math.e) -> float:
    """mse, mae, bce, cce (rows), hinge, kld (rows), dice, huber(delta=1)."""
    y, p = np.asarray(y_true, dtype=float), np.asarray(y_pred, dtype=float)
    log = (lambda v: np.log(v) / math.log(log_base))
    if kind == "mse":
        return float(np.mean((y - p) ** 2))
    if kind == "mae":
        return float(np.mean(np.abs(y - p)))
    if kind == "bce":
        return float(-np.mean(y * log(p) + (1 - y) * log(1 - p)))
    if kind == "cce":
        y, p = np.atleast_2d(y), np.atleast_2d(p)
        return float(np.mean(-np.sum(y * log(p), axis=1)))
    if kind == "hinge":
        return float(np.mean(np.maximum(0, 1 - y * p)))
    if kind == "kld":
        y, p = np.atleast_2d(y), np.atleast_2d(p)
        return float(np.mean(np.sum(y * log(y / p), axis=1)))
    if kind == "dice":
        return float(1 - (2 * np.sum(y * p) + smooth) / (np.sum(y) + np.sum(p) + smooth))
    if kind == "huber":
        e = np.abs(y - p)
        return float(np.mean(np.where(e <= 1, 0.5 * e**2, e - 0.5)))
    raise KeyError(kind)


@calc
def penalty(weights: list[float], lam: float, kind: str, l1_ratio: float = 0.5) -> float:
    """l1: lam*sum|w| ; l2: lam*sum w^2 ; elastic: lam*(r*sum|w| + (1-r)*sum w^2)."""
    w = _arr(weights)
    if kind == "l1":
        return float(lam * np.sum(np.abs(w)))
    if kind == "l2":
        return float(lam * np.sum(w**2))
    if kind == "elastic":
        return float(lam * (l1_ratio * np.sum(np.abs(w)) + (1 - l1_ratio) * np.sum(w**2)))
    raise KeyError(kind)


@calc
def dropout_scale(p_drop: float) -> float:
    """Inverted dropout multiplies kept activations by 1/(1-p) during training."""
    return 1 / (1 - p_drop)


@calc
def batchnorm(values: list[float], index: int, gamma: float = 1.0, beta: float = 0.0, eps: float = 0.0) -> float:
    x = _arr(values)
    return float(gamma * (x[index] - x.mean()) / math.sqrt(x.var() + eps) + beta)


@calc
def init_std(fan_in: int, fan_out: int, scheme: str) -> float:
    """xavier_normal: sqrt(2/(in+out)); he_normal: sqrt(2/in); xavier_uniform_limit: sqrt(6/(in+out)); he_uniform_limit: sqrt(6/in)."""
    return {
        "xavier_normal": math.sqrt(2 / (fan_in + fan_out)),
        "he_normal": math.sqrt(2 / fan_in),
        "xavier_uniform_limit": math.sqrt(6 / (fan_in + fan_out)),
        "he_uniform_limit": math.sqrt(6 / fan_in),
    }[scheme]


@calc
def gaussian_kl(mu: float, sigma: float) -> float:
    """KL(N(mu, sigma^2) || N(0, 1)), the VAE's regulariser for one latent dimension."""
    return 0.5 * (mu**2 + sigma**2 - 1 - 2 * math.log(sigma))


@calc
def reparameterize(mu: float, sigma: float, epsilon: float) -> float:
    return mu + sigma * epsilon


@calc
def beta_binomial_posterior_mean(alpha: float, beta: float, successes: int, failures: int) -> float:
    return (alpha + successes) / (alpha + beta + successes + failures)


# --- ensembles, sampling, text -------------------------------------------------------------
@calc
def bootstrap_out_of_bag(n: int) -> float:
    return (1 - 1 / n) ** n


@calc
def majority_vote_accuracy(p: float, voters: int) -> float:
    """Probability that a majority of independent classifiers with accuracy p is right."""
    need = voters // 2 + 1
    return float(stats.binom(voters, p).sf(need - 1))


@calc
def adaboost_alpha(error: float) -> float:
    return 0.5 * math.log((1 - error) / error)


@calc
def soft_vote(probabilities: list[float], weights: list[float] | None = None) -> float:
    p = _arr(probabilities)
    w = _arr(weights) if weights is not None else np.ones_like(p)
    return float(np.dot(p, w) / w.sum())


@calc
def stratified_allocation(total: int, strata: list[int], index: int) -> float:
    return total * strata[index] / sum(strata)


@calc
def systematic_interval(population: int, sample: int) -> float:
    return population / sample


@calc
def tf_idf(tf: float, n_docs: int, df: int, log_base: float = 10, smooth: bool = False) -> float:
    if smooth:
        return tf * (math.log((1 + n_docs) / (1 + df), log_base) + 1)
    return tf * math.log(n_docs / df, log_base)


# --- business value -------------------------------------------------------------------------
@calc
def npv(rate: float, cashflows: list[float], initial: float = 0.0) -> float:
    """Cash flows at the end of years 1..n, discounted; ``initial`` is paid now (negative)."""
    return initial + sum(cf / (1 + rate) ** (t + 1) for t, cf in enumerate(cashflows))


@calc
def roi_percent(gain: float, cost: float) -> float:
    return (gain - cost) / cost * 100


@calc
def payback_period(investment: float, yearly_cashflows: list[float]) -> float:
    remaining = investment
    for year, cf in enumerate(yearly_cashflows, start=1):
        if cf >= remaining:
            return year - 1 + remaining / cf
        remaining -= cf
    return math.inf


# --- time series -----------------------------------------------------------------------------
@calc
def moving_average(values: list[float], window: int) -> float:
    """The last simple moving average."""
    return float(np.mean(values[-window:]))


@calc
def exponential_smoothing(values: list[float], alpha: float, initial: float | None = None) -> float:
    """Simple exponential smoothing; returns the level after the last value (the next forecast)."""
    level = values[0] if initial is None else initial
    start = 1 if initial is None else 0
    for x in values[start:]:
        level = alpha * x + (1 - alpha) * level
    return level


@calc
def differencing(values: list[float], lag: int = 1, order: int = 1) -> tuple[float, ...]:
    x = _arr(values)
    for _ in range(order):
        x = x[lag:] - x[:-lag]
    return tuple(float(v) for v in x)


# --- privacy ------------------------------------------------------------------------------------
@calc
def k_anonymity(group_sizes: list[int]) -> int:
    return int(min(group_sizes))


def _load_extensions() -> None:
    """``solvers/calc_extra_*.py`` modules add more ``@calc`` functions (one file per author)."""
    import importlib
    import pkgutil

    import solvers

    for module in pkgutil.iter_modules(solvers.__path__):
        if module.name.startswith("calc_extra_"):
            importlib.import_module(f"solvers.{module.name}")


_load_extensions()
