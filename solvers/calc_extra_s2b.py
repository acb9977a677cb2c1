"""Extra calculations for subject 2 statistics and advanced EDA (text, spatio-temporal, multivariate).

Each function is a direct transcription of the textbook formula; see ``solvers/calc.py``.
"""

from __future__ import annotations

import math

import numpy as np
from scipy import stats

from solvers.calc import calc

# Share of a normal distribution beyond mean + kσ by the 68-95-99.7 rule (percent, one tail).
_EMPIRICAL_UPPER_TAIL = {1: (100 - 68) / 2, 2: (100 - 95) / 2, 3: (100 - 99.7) / 2}


# --- descriptive statistics and distributions ---------------------------------------------
@calc
def empirical_rule_tail(x: float, mean: float, std: float) -> tuple[float, float]:
    """(z, percent above x by the 68-95-99.7 rule); z must be 1, 2 or 3."""
    z = (x - mean) / std
    if z not in _EMPIRICAL_UPPER_TAIL:
        raise ValueError("the empirical rule only covers z = 1, 2, 3")
    return (z, _EMPIRICAL_UPPER_TAIL[int(z)])


@calc
def exponential_by_mean(mean: float, low: float | None = None, high: float | None = None) -> float:
    """P(low < X <= high) for an exponential distribution given its mean 1/λ (numpy's ``scale``)."""
    dist = stats.expon(scale=mean)
    lo = dist.cdf(low) if low is not None else 0.0
    hi = dist.cdf(high) if high is not None else 1.0
    return float(hi - lo)


@calc
def sample_mean_probability(mu: float, sigma: float, n: int, low: float | None = None, high: float | None = None) -> float:
    """P(low < X̄ < high) with X̄ ~ N(mu, sigma²/n) (central limit theorem)."""
    return float(
        (stats.norm.cdf(high, mu, sigma / math.sqrt(n)) if high is not None else 1.0)
        - (stats.norm.cdf(low, mu, sigma / math.sqrt(n)) if low is not None else 0.0)
    )


@calc
def numpy_sampler_moments(dist: str, **params: float) -> tuple[float, float]:
    """(mean, variance) of numpy Generator draws: normal(loc, scale), uniform(low, high), exponential(scale)."""
    if dist == "normal":
        return (params["loc"], params["scale"] ** 2)
    if dist == "uniform":
        low, high = params["low"], params["high"]
        return ((low + high) / 2, (high - low) ** 2 / 12)
    if dist == "exponential":
        return (params["scale"], params["scale"] ** 2)
    raise KeyError(dist)


@calc
def linear_combination_two(a: float, b: float, var_x: float, var_y: float, cov: float = 0.0) -> float:
    """Var(aX + bY) = a²Var(X) + b²Var(Y) + 2ab·Cov(X, Y)."""
    return a * a * var_x + b * b * var_y + 2 * a * b * cov


# --- inference ------------------------------------------------------------------------------
@calc
def paired_t(before: list[float], after: list[float]) -> float:
    """Paired t statistic of after − before (scipy.stats.ttest_rel(after, before))."""
    return float(stats.ttest_rel(after, before).statistic)


@calc
def pooled_variance(n1: int, var1: float, n2: int, var2: float) -> float:
    """((n1 − 1)s1² + (n2 − 1)s2²) / (n1 + n2 − 2)."""
    return ((n1 - 1) * var1 + (n2 - 1) * var2) / (n1 + n2 - 2)


@calc
def chi_square_gof(observed: list[float], expected: list[float]) -> tuple[float, int]:
    """(Σ (O − E)² / E, k − 1) for a goodness-of-fit test with no estimated parameters."""
    o, e = np.asarray(observed, dtype=float), np.asarray(expected, dtype=float)
    return (float(np.sum((o - e) ** 2 / e)), len(o) - 1)


@calc
def z_test_p_value(z: float, alternative: str = "two-sided") -> float:
    """p-value of a z statistic: two-sided, greater (right tail) or less (left tail)."""
    if alternative == "two-sided":
        return float(2 * stats.norm.sf(abs(z)))
    if alternative == "greater":
        return float(stats.norm.sf(z))
    if alternative == "less":
        return float(stats.norm.cdf(z))
    raise KeyError(alternative)


@calc
def sign_test_p(positives: int, negatives: int, alternative: str = "two-sided") -> float:
    """Sign test: ties (zero differences) already dropped; exact binomial test with p = 0.5."""
    return float(stats.binomtest(positives, positives + negatives, 0.5, alternative=alternative).pvalue)


@calc
def beta_binomial_map(alpha: float, beta: float, successes: int, failures: int) -> float:
    """Mode of the Beta(α + s, β + f) posterior: (α + s − 1) / (α + β + s + f − 2)."""
    return (alpha + successes - 1) / (alpha + beta + successes + failures - 2)


@calc
def beta_binomial_map_and_mean(alpha: float, beta: float, successes: int, failures: int) -> tuple[float, float]:
    """(posterior mode, posterior mean) of a Beta(α, β) prior after s successes and f failures."""
    a, b = alpha + successes, beta + failures
    return ((a - 1) / (a + b - 2), a / (a + b))


# --- advanced EDA: text, space, many variables ----------------------------------------------
@calc
def tfidf_relative(count: int, doc_length: int, n_docs: int, df: int, log_base: float = 10) -> float:
    """tf = count / doc_length (relative frequency) times idf = log(N / df)."""
    return count / doc_length * math.log(n_docs / df, log_base)


@calc
def ngram_count(tokens: int, n: int) -> int:
    """Number of n-grams in a sequence of ``tokens`` tokens (sliding window)."""
    return max(tokens - n + 1, 0)


@calc
def zipf_frequency(top_frequency: float, rank: int, s: float = 1.0) -> float:
    """Zipf's law: frequency of the word of a given rank ≈ f(1) / rank^s."""
    return top_frequency / rank**s


@calc
def longitude_degree_km(equator_km: float, latitude: float) -> float:
    """East-west length of one degree of longitude at a latitude (spherical Earth)."""
    return equator_km * math.cos(math.radians(latitude))


@calc
def covariance_to_correlation(cov: float, var_x: float, var_y: float) -> float:
    """r = Cov(X, Y) / (σx·σy) from the entries of a covariance matrix."""
    return cov / math.sqrt(var_x * var_y)


@calc
def symmetric_matrix_counts(p: int) -> tuple[int, int]:
    """(distinct variable pairs p(p − 1)/2, distinct entries of a p×p covariance matrix p(p + 1)/2)."""
    return (p * (p - 1) // 2, p * (p + 1) // 2)
