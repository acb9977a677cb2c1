"""Statistical tests and models with scipy/statsmodels: references and cases for the ``stats.*`` drills.

Tuples hold plain Python ``float`` (and ``int`` for degrees of freedom): the prompts ask learners to
convert with ``float(...)``, because a tuple's elements are compared type by type.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
from scipy import stats

from quizapp.grading.spec import Case, Check, drill

REAL = Check(returns="real", rtol=1e-7, atol=1e-10)
TUPLE = Check(rtol=1e-7, atol=1e-10)


# --- one-sample t-test -------------------------------------------------------------------------
def _ttest_1samp_edge():
    yield Case("작은 표본 (t 분포와 정규분포의 차이가 큼)", (np.array([5.1, 4.8, 5.6, 5.9, 5.3]), 5.0))
    yield Case("결측값(NaN) 포함", (np.array([12.0, np.nan, 9.5, 11.2, 13.1, np.nan, 10.4, 12.7]), 10.0))
    yield Case("평균이 mu보다 작음", (np.array([98.0, 101.5, 96.2, 99.1, 97.4, 100.3, 95.8]), 100.0))


def _ttest_1samp_random(rng):
    n = int(rng.integers(6, 15))
    x = rng.normal(50, 6, n).round(1)
    x[rng.choice(n, 2, replace=False)] = np.nan
    yield Case(f"무작위 표본 {n}개 (NaN 2개)", (x, float(rng.choice([48.0, 50.0, 52.0]))))


@drill("stats.ttest_1samp_pvalue", edge=_ttest_1samp_edge, random=_ttest_1samp_random,
       libs=("numpy", "scipy"), check=REAL)
def ttest_1samp_pvalue(x, mu):
    result = stats.ttest_1samp(x, mu, nan_policy="omit")
    return float(result.pvalue)


# --- paired t-test, one-sided --------------------------------------------------------------------
def _paired_edge():
    yield Case("뚜렷한 감소", (np.array([82.0, 75.0, 90.0, 68.0, 77.0, 85.0]), np.array([78.0, 72.0, 84.0, 67.0, 71.0, 80.0])))
    yield Case("오히려 증가 (p가 0.5보다 큼)", (np.array([60.0, 55.0, 70.0, 64.0, 58.0]), np.array([63.0, 55.5, 74.0, 66.0, 57.0])))
    yield Case("차이가 작고 섞임", (np.array([10.2, 9.8, 11.5, 10.9, 10.0, 9.4, 10.7, 11.1]),
                                   np.array([10.0, 9.9, 11.0, 11.2, 9.6, 9.5, 10.1, 10.8])))


def _paired_random(rng):
    n = int(rng.integers(8, 20))
    before = rng.normal(70, 10, n).round(1)
    after = (before + rng.normal(float(rng.choice([-2.0, 0.0, 1.5])), 3, n)).round(1)
    yield Case(f"무작위 전후 측정 {n}쌍", (before, after))


@drill("stats.ttest_rel_less", edge=_paired_edge, random=_paired_random, libs=("numpy", "scipy"), check=TUPLE)
def paired_ttest_less(before, after):
    # H1: mean(after - before) < 0  (the treatment lowers the value)
    result = stats.ttest_rel(after, before, alternative="less")
    return float(result.statistic), float(result.pvalue)


# --- independent t-test, equal_var chosen by Levene ----------------------------------------------
def _ttest_ind_edge():
    yield Case("분산이 비슷함 → 등분산 t-검정 (Student)",
               (np.array([23.1, 25.4, 22.8, 26.0, 24.5, 23.9, 25.1, 24.2, 22.5, 25.8]),
                np.array([25.2, 26.8, 24.9, 27.5, 26.1, 25.7])))
    yield Case("분산이 크게 다름 → 이분산 t-검정 (Welch)",
               (np.array([50.1, 49.8, 50.3, 50.0, 49.9, 50.2, 50.1, 49.7, 50.4, 50.0, 49.9, 50.2]),
                np.array([44.0, 58.5, 39.2, 61.3, 47.7, 55.0, 42.1])))
    yield Case("alpha=0.01이면 등분산 (Levene p ≈ 0.023)",
               (np.array([10.0, 10.9, 9.4, 10.5, 10.7, 9.3, 10.3, 10.0, 9.6]),
                np.array([11.0, 9.1, 12.0, 9.6, 11.9, 10.4, 9.0, 11.6, 10.2, 11.3])),
               {"alpha": 0.01})


def _ttest_ind_random(rng):
    n_a, n_b = int(rng.integers(8, 16)), int(rng.integers(16, 30))
    a = rng.normal(30, 2, n_a).round(2)
    b = rng.normal(31.5, float(rng.choice([2.0, 6.0])), n_b).round(2)
    yield Case(f"무작위 두 집단 ({n_a}개, {n_b}개)", (a, b))


@drill("stats.ttest_ind_levene", edge=_ttest_ind_edge, random=_ttest_ind_random, libs=("numpy", "scipy"), check=REAL)
def ttest_ind_auto(a, b, alpha=0.05):
    equal_var = stats.levene(a, b).pvalue >= alpha
    return float(stats.ttest_ind(a, b, equal_var=equal_var).pvalue)


# --- chi-square test of independence ------------------------------------------------------------
def _chi2_ind_edge():
    yield Case("2×2 분할표 (연속성 보정 차이가 남)", (np.array([[30, 20], [15, 35]]),))
    yield Case("2×3 분할표", (np.array([[18, 25, 17], [22, 15, 33]]),))
    yield Case("3×3 분할표", (np.array([[12, 8, 20], [15, 14, 11], [9, 21, 10]]),))


def _chi2_ind_random(rng):
    rows, cols = int(rng.integers(2, 4)), int(rng.integers(2, 5))
    yield Case(f"무작위 {rows}×{cols} 분할표", (rng.integers(8, 60, (rows, cols)),))
    yield Case("무작위 2×2 분할표", (rng.integers(10, 80, (2, 2)),))


@drill("stats.chi2_independence", edge=_chi2_ind_edge, random=_chi2_ind_random, libs=("numpy", "scipy"), check=TUPLE)
def chi2_independence(table):
    result = stats.chi2_contingency(table, correction=False)
    return float(result.statistic), float(result.pvalue), int(result.dof)


# --- chi-square goodness of fit -----------------------------------------------------------------
def _gof_edge():
    yield Case("멘델 비율 9:3:3:1", (np.array([315, 108, 101, 32]), np.array([9, 3, 3, 1]) / 16))
    yield Case("균등 비율", (np.array([18, 22, 25, 15, 20]), np.full(5, 0.2)))
    yield Case("치우친 비율", (np.array([50, 30, 20]), np.array([0.6, 0.3, 0.1])))


def _gof_random(rng):
    k = int(rng.integers(3, 7))
    probs = rng.dirichlet(np.full(k, 3.0))
    observed = rng.multinomial(int(rng.integers(100, 400)), rng.dirichlet(probs * 40 + 1))
    yield Case(f"무작위 범주 {k}개", (observed, probs))


@drill("stats.chi2_goodness_of_fit", edge=_gof_edge, random=_gof_random, libs=("numpy", "scipy"), check=TUPLE)
def chisquare_gof(observed, probs):
    expected = np.asarray(probs) * np.sum(observed)
    result = stats.chisquare(observed, f_exp=expected)
    return float(result.statistic), float(result.pvalue)


# --- one-way ANOVA ------------------------------------------------------------------------------
def _anova_edge():
    yield Case("세 집단, 크기가 다름", (pd.DataFrame({
        "group": ["A"] * 4 + ["B"] * 5 + ["C"] * 3,
        "value": [12.0, 14.5, 13.1, 12.8, 15.2, 16.0, 14.8, 15.9, 16.4, 11.0, 12.2, 11.7],
    }),))
    yield Case("결측값(NaN) 포함", (pd.DataFrame({
        "group": ["x", "y", "z", "x", "y", "z", "x", "y", "z", "x", "y"],
        "value": [5.0, 6.1, np.nan, 5.4, 6.8, 7.9, np.nan, 6.3, 7.2, 4.9, 5.8],
    }),))
    yield Case("두 집단 (F = t²)", (pd.DataFrame({
        "group": ["ctrl"] * 5 + ["trt"] * 5,
        "value": [3.1, 2.8, 3.5, 3.0, 2.9, 3.6, 3.9, 3.4, 4.1, 3.8],
    }),))


def _anova_random(rng):
    groups = ["가", "나", "다", "라"][: int(rng.integers(3, 5))]
    labels = rng.choice(groups, 40)
    labels[: len(groups)] = groups  # every group appears
    shift = {g: float(rng.normal(0, 1)) for g in groups}
    values = np.array([20 + shift[g] + rng.normal(0, 1.5) for g in labels]).round(2)
    values[rng.choice(np.arange(len(groups), 40), 3, replace=False)] = np.nan
    yield Case(f"무작위 {len(groups)}집단 (NaN 3개)", (pd.DataFrame({"group": labels, "value": values}),))


@drill("stats.anova_oneway", edge=_anova_edge, random=_anova_random, libs=("numpy", "pandas", "scipy"), check=TUPLE)
def anova_oneway(df):
    clean = df.dropna(subset=["value"])
    samples = [values.to_numpy() for _, values in clean.groupby("group")["value"]]
    result = stats.f_oneway(*samples)
    return float(result.statistic), float(result.pvalue)


# --- Pearson vs Spearman ------------------------------------------------------------------------
def _corr_edge():
    yield Case("단조 증가지만 직선이 아님", (np.array([3.0, 1.0, 4.0, 2.0, 5.0, 6.0]), np.array([20.1, 2.7, 54.6, 7.4, 148.4, 403.4])))
    yield Case("이상값 하나", (np.array([1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0]), np.array([2.0, 1.0, 4.0, 3.0, 6.0, 5.0, -30.0])))
    yield Case("동점(ties) 포함 — 평균 순위", (np.array([2.0, 5.0, 5.0, 1.0, 3.0, 5.0, 4.0]), np.array([1.0, 3.0, 2.0, 1.0, 2.0, 4.0, 3.0])))


def _corr_random(rng):
    n = int(rng.integers(10, 30))
    x = rng.normal(0, 1, n)
    y = np.exp(x + rng.normal(0, 0.4, n))
    yield Case(f"무작위 {n}쌍 (지수 관계)", (x.round(3), y.round(3)))


@drill("stats.corr_pearson_spearman", edge=_corr_edge, random=_corr_random, libs=("numpy", "scipy"), check=TUPLE)
def pearson_spearman(x, y):
    r = stats.pearsonr(x, y).statistic
    rho = stats.spearmanr(x, y).statistic
    return float(r), float(rho)


# --- OLS with a statsmodels formula -------------------------------------------------------------
def _ols_frame(rng, n: int, b1: float, b2: float, noise: float) -> pd.DataFrame:
    x1 = rng.normal(10, 3, n).round(2)
    x2 = rng.normal(0, 1, n).round(2)
    y = (5 + b1 * x1 + b2 * x2 + rng.normal(0, noise, n)).round(2)
    return pd.DataFrame({"id": np.arange(1, n + 1), "x1": x1, "x2": x2, "y": y})


def _ols_edge():
    yield Case("절편이 큰 자료 (x2 효과 약함)", (_ols_frame(np.random.default_rng(11), 30, 1.5, 0.4, 2.0),))
    yield Case("x2 효과가 뚜렷함", (_ols_frame(np.random.default_rng(12), 25, -0.8, 2.5, 1.5),))
    yield Case("작은 표본", (pd.DataFrame({"id": [1, 2, 3, 4, 5, 6], "x1": [1.0, 2.0, 3.0, 4.0, 5.0, 6.0],
                                          "x2": [0.5, -1.0, 1.5, 0.0, -0.5, 1.0],
                                          "y": [7.1, 7.9, 11.2, 11.0, 12.1, 15.3]}),))


def _ols_random(rng):
    n = int(rng.integers(20, 60))
    yield Case(f"무작위 {n}행", (_ols_frame(rng, n, float(rng.uniform(-2, 2)), float(rng.uniform(-1, 1)), 2.0),))


@drill("stats.ols_formula", edge=_ols_edge, random=_ols_random, libs=("numpy", "pandas", "statsmodels"),
       check=TUPLE, timeout=8.0)
def ols_summary(df):
    import statsmodels.formula.api as smf

    model = smf.ols("y ~ x1 + x2", data=df).fit()
    return (float(model.params["Intercept"]), float(model.params["x1"]), float(model.params["x2"]),
            float(model.rsquared), float(model.pvalues["x2"]))


# --- confidence interval for the mean -----------------------------------------------------------
def _ci_edge():
    yield Case("표본 5개 (t 값이 1.96보다 훨씬 큼)", (np.array([12.0, 15.0, 11.0, 14.0, 13.0]),))
    yield Case("표본 2개", (np.array([3.0, 7.0]),))
    yield Case("99% 신뢰구간", (np.array([101.2, 98.7, 100.4, 99.9, 102.3, 97.8, 100.1, 99.5]),), {"confidence": 0.99})


def _ci_random(rng):
    n = int(rng.integers(6, 25))
    yield Case(f"무작위 표본 {n}개", (rng.normal(170, 8, n).round(1),))
    yield Case("무작위 90% 신뢰구간", (rng.normal(0, 2, int(rng.integers(5, 12))).round(2),), {"confidence": 0.90})


@drill("stats.mean_ci_t", edge=_ci_edge, random=_ci_random, libs=("numpy", "scipy"), check=TUPLE)
def mean_ci(x, confidence=0.95):
    n = len(x)
    mean = np.mean(x)
    sem = np.std(x, ddof=1) / np.sqrt(n)
    low, high = stats.t.interval(confidence, df=n - 1, loc=mean, scale=sem)
    return float(low), float(high)


# --- logistic regression odds ratio -------------------------------------------------------------
def _logit_frame(rng, n: int, b1: float, b2: float) -> pd.DataFrame:
    x1 = rng.normal(0, 1, n).round(3)
    x2 = rng.normal(0, 1, n).round(3)
    p = 1 / (1 + np.exp(-(0.2 + b1 * x1 + b2 * x2)))
    y = (rng.uniform(size=n) < p).astype(int)
    return pd.DataFrame({"x1": x1, "x2": x2, "y": y})


def _logit_edge():
    yield Case("x1이 양의 효과", (_logit_frame(np.random.default_rng(21), 80, 1.0, -0.5),))
    yield Case("x1이 음의 효과 (오즈비 < 1)", (_logit_frame(np.random.default_rng(22), 70, -0.9, 0.6),))


def _logit_random(rng):
    n = int(rng.integers(60, 120))
    yield Case(f"무작위 {n}행", (_logit_frame(rng, n, float(rng.choice([-1.2, 0.8, 1.4])), float(rng.uniform(-1, 1))),))


# rtol 1e-3: an unpenalised scikit-learn fit (C=np.inf, lbfgs) stops a little short of the MLE,
# while the mistakes (log-odds instead of odds, the default L2 penalty) are off by far more.
@drill("stats.logit_odds_ratio", edge=_logit_edge, random=_logit_random, libs=("numpy", "pandas", "statsmodels"),
       check=Check(returns="real", rtol=1e-3, atol=1e-9), timeout=8.0)
def odds_ratio_x1(df):
    import statsmodels.formula.api as smf

    model = smf.logit("y ~ x1 + x2", data=df).fit(disp=0)
    return float(np.exp(model.params["x1"]))
