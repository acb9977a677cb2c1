"""Extra reference calculations for subject 4 (result interpretation, visualisation, application).

Each function is a direct transcription of the textbook formula; see ``solvers/calc.py``.
"""

from __future__ import annotations

import math

import numpy as np

from solvers.calc import calc, confusion_metric, regression_metric


# --- interpretation: explainability -------------------------------------------------------------
@calc
def shap_prediction(base_value: float, shap_values: list[float]) -> float:
    """SHAP additivity: f(x) = E[f(X)] + Σ φ_j."""
    return base_value + float(np.sum(shap_values))


@calc
def shapley_two_players(v_empty: float, v_a: float, v_b: float, v_ab: float) -> float:
    """Shapley value of player A in a two-player game: mean of A's marginal contributions over both orders."""
    return ((v_a - v_empty) + (v_ab - v_b)) / 2


@calc
def permutation_drop_confusion(base: list[int], permuted: list[int], metric: str) -> float:
    """Permutation importance of one feature: score before − score after shuffling it.

    ``base`` and ``permuted`` are confusion matrices as [tp, fp, fn, tn].
    """
    return confusion_metric(*base, metric) - confusion_metric(*permuted, metric)


@calc
def permutation_increase_regression(
    y_true: list[float], y_pred: list[float], y_pred_permuted: list[float], metric: str
) -> float:
    """Permutation importance with an error metric: error after shuffling − error before."""
    return regression_metric(y_true, y_pred_permuted, metric) - regression_metric(y_true, y_pred, metric)


# --- interpretation: business value ---------------------------------------------------------------
@calc
def roi_percent_parts(gains: list[float], costs: list[float]) -> float:
    """ROI (percent) from itemised gains and costs: (Σ gains − Σ costs) / Σ costs × 100."""
    gain, cost = float(np.sum(gains)), float(np.sum(costs))
    return (gain - cost) / cost * 100


@calc
def discounted_payback(investment: float, yearly_cashflows: list[float], rate: float) -> float:
    """Years until the discounted cash flows (end of each year) repay the investment, interpolated within a year."""
    remaining = investment
    for year, cf in enumerate(yearly_cashflows, start=1):
        pv = cf / (1 + rate) ** year
        if pv >= remaining:
            return year - 1 + remaining / pv
        remaining -= pv
    return math.inf


@calc
def irr_percent(investment: float, yearly_cashflows: list[float]) -> float:
    """Internal rate of return (percent): the rate r with −investment + Σ CF_t/(1+r)^t = 0 (bisection)."""

    def value(r: float) -> float:
        return -investment + sum(cf / (1 + r) ** t for t, cf in enumerate(yearly_cashflows, start=1))

    low, high = -0.99, 10.0
    for _ in range(200):
        mid = (low + high) / 2
        if value(mid) > 0:
            low = mid
        else:
            high = mid
    return (low + high) / 2 * 100


@calc
def tco(acquisition: list[float], yearly: list[float], years: int) -> float:
    """Total cost of ownership without discounting: one-off costs + yearly running costs × years."""
    return float(np.sum(acquisition) + years * np.sum(yearly))


# --- visualisation --------------------------------------------------------------------------------
@calc
def pie_angle(values: list[float], index: int) -> float:
    """Central angle (degrees) of slice ``index`` (0-based) in a pie chart."""
    return float(values[index] / np.sum(values) * 360)


@calc
def sturges_bins(n: int) -> int:
    """Sturges' rule: k = ⌈1 + log2 n⌉ histogram bins."""
    return math.ceil(1 + math.log2(n))


@calc
def bubble_radius(value: float, ref_value: float, ref_radius: float) -> float:
    """Radius that keeps bubble *area* proportional to the value, given a reference bubble."""
    return ref_radius * math.sqrt(value / ref_value)


@calc
def truncated_bar_ratio(a: float, b: float, baseline: float) -> float:
    """How many times taller bar b looks than bar a when the value axis starts at ``baseline``."""
    return (b - baseline) / (a - baseline)


# --- application: monitoring and experiments ------------------------------------------------------
@calc
def psi(expected: list[float], actual: list[float]) -> float:
    """Population Stability Index: Σ (actual − expected)·ln(actual/expected) over bins (shares)."""
    e, a = np.asarray(expected, dtype=float), np.asarray(actual, dtype=float)
    return float(np.sum((a - e) * np.log(a / e)))


@calc
def ab_test(n_a: int, conv_a: int, n_b: int, conv_b: int, metric: str) -> float:
    """A = control, B = treatment. diff_pp: p_B − p_A in percentage points; lift_percent: (p_B − p_A)/p_A·100;
    z: pooled two-proportion z statistic."""
    p_a, p_b = conv_a / n_a, conv_b / n_b
    if metric == "diff_pp":
        return (p_b - p_a) * 100
    if metric == "lift_percent":
        return (p_b - p_a) / p_a * 100
    if metric == "z":
        p = (conv_a + conv_b) / (n_a + n_b)
        return (p_b - p_a) / math.sqrt(p * (1 - p) * (1 / n_a + 1 / n_b))
    raise KeyError(metric)
