"""Probability distributions with scipy.stats: references and cases for the ``dist.*`` drills."""

from __future__ import annotations

import numpy as np
from scipy import stats

from quizapp.grading.spec import Case, Check, drill

# atol 1e-10: "1 - cdf(...)" is as correct as "sf(...)", only less precise near 0.
REAL = Check(returns="real", rtol=1e-7, atol=1e-10)


# --- binomial P(X >= k) -------------------------------------------------------------------------
def _binom_edge():
    yield Case("k=0이면 확률 1", (10, 0.3, 0))
    yield Case("경계 k 포함 (P(X=k)가 큼)", (10, 0.5, 5))
    yield Case("k=n이면 p의 n제곱", (8, 0.7, 8))
    yield Case("불량률 문제", (20, 0.05, 2))


def _binom_random(rng):
    n = int(rng.integers(10, 50))
    p = round(float(rng.uniform(0.1, 0.9)), 2)
    k = min(max(round(n * p) + int(rng.integers(-2, 3)), 1), n)  # near the mean, where P(X = k) is large
    yield Case(f"무작위 n={n}, p={p}, k={k}", (n, p, k))


@drill("dist.binom_at_least", edge=_binom_edge, random=_binom_random, libs=("scipy",), check=REAL)
def binom_at_least(n, p, k):
    return float(stats.binom.sf(k - 1, n, p))


# --- Poisson P(a <= X <= b) ---------------------------------------------------------------------
def _poisson_edge():
    yield Case("a=0부터", (3.0, 0, 2))
    yield Case("a=b (한 값의 확률)", (4.0, 4, 4))
    yield Case("양 끝 포함", (2.5, 2, 5))


def _poisson_random(rng):
    lam = round(float(rng.uniform(1, 10)), 1)
    a = int(rng.integers(1, 8))
    yield Case(f"무작위 λ={lam}", (lam, a, a + int(rng.integers(1, 6))))


@drill("dist.poisson_between", edge=_poisson_edge, random=_poisson_random, libs=("scipy",), check=REAL)
def poisson_between(lam, a, b):
    return float(stats.poisson.cdf(b, lam) - stats.poisson.cdf(a - 1, lam))


# --- normal P(a < X < b) with the variance given ------------------------------------------------
def _normal_between_edge():
    yield Case("분산 4 (표준편차 2)", (48.0, 54.0, 50.0, 4.0))
    yield Case("분산 100 (표준편차 10)", (60.0, 85.0, 70.0, 100.0))
    yield Case("분산 0.25 (표준편차 0.5)", (9.0, 10.5, 10.0, 0.25))


def _normal_between_random(rng):
    mu = round(float(rng.uniform(-20, 80)), 1)
    var = round(float(rng.uniform(2, 60)), 1)
    a = mu - float(rng.uniform(0.2, 2.5)) * np.sqrt(var)
    b = mu + float(rng.uniform(0.2, 2.5)) * np.sqrt(var)
    yield Case(f"무작위 N({mu}, {var})", (round(float(a), 2), round(float(b), 2), mu, var))


@drill("dist.normal_between", edge=_normal_between_edge, random=_normal_between_random, libs=("numpy", "scipy"),
       check=REAL)
def normal_between(a, b, mu, variance):
    sigma = np.sqrt(variance)
    return float(stats.norm.cdf(b, mu, sigma) - stats.norm.cdf(a, mu, sigma))


# --- normal quantile: cut-off of the top share --------------------------------------------------
def _top_cutoff_edge():
    yield Case("상위 5%", (70.0, 10.0, 0.05))
    yield Case("상위 10%", (500.0, 100.0, 0.10))
    yield Case("상위 50%는 평균", (3.2, 0.4, 0.5))


def _top_cutoff_random(rng):
    yield Case("무작위 시험 점수", (round(float(rng.uniform(50, 80)), 1), round(float(rng.uniform(5, 15)), 1),
                                     float(rng.choice([0.01, 0.025, 0.2, 0.3]))))


@drill("dist.normal_top_cutoff", edge=_top_cutoff_edge, random=_top_cutoff_random, libs=("scipy",), check=REAL)
def top_cutoff(mu, sigma, top):
    return float(stats.norm.isf(top, loc=mu, scale=sigma))


# --- exponential waiting time -------------------------------------------------------------------
def _expon_edge():
    yield Case("시간당 3건, 20분(1/3시간) 안에", (3.0, 1 / 3))
    yield Case("분당 0.5건, 4분 안에", (0.5, 4.0))
    yield Case("시간당 6건, 5분(1/12시간) 안에", (6.0, 1 / 12))


def _expon_random(rng):
    yield Case("무작위 발생률", (round(float(rng.uniform(0.2, 8)), 2), round(float(rng.uniform(0.1, 3)), 2)))


@drill("dist.expon_within", edge=_expon_edge, random=_expon_random, libs=("scipy",), check=REAL)
def expon_within(rate, t):
    return float(stats.expon.cdf(t, scale=1 / rate))


# --- sampling distribution of the mean ----------------------------------------------------------
def _sample_mean_edge():
    yield Case("n=25", (100.0, 15.0, 25, 105.0))
    yield Case("n=4, 평균보다 작은 기준", (50.0, 8.0, 4, 46.0))
    yield Case("n=100", (3.0, 1.2, 100, 3.2))


def _sample_mean_random(rng):
    mu = round(float(rng.uniform(20, 200)), 0)
    sigma = round(float(rng.uniform(2, 30)), 1)
    n = int(rng.integers(5, 80))
    c = round(mu + float(rng.uniform(-2, 2)) * sigma / float(np.sqrt(n)), 2)
    yield Case(f"무작위 n={n}", (mu, sigma, n, c))


@drill("dist.sample_mean_above", edge=_sample_mean_edge, random=_sample_mean_random, libs=("numpy", "scipy"),
       check=REAL)
def sample_mean_above(mu, sigma, n, c):
    se = sigma / np.sqrt(n)
    return float(stats.norm.sf(c, loc=mu, scale=se))
