"""p2.customer_segment: 고객 세그먼트 A~D (다중 분류, macro-F1) 데이터 생성기.

실행: 이 폴더에서 `python generate.py` -> data/train.csv, data/test.csv, answer/y_test.csv
모든 값은 고정 시드로 만든 가상 데이터입니다 (`--check`: 참 확률로 고른 클래스의 macro-F1 출력).
"""

from pathlib import Path

import numpy as np
import pandas as pd

HERE = Path(__file__).resolve().parent
rng = np.random.default_rng(20240815)

N, N_TRAIN = 2000, 1400
TARGET = "Segment"
CLASSES = np.array(["A", "B", "C", "D"])

gender = rng.choice(["Male", "Female"], size=N, p=[0.54, 0.46])
age = np.clip(np.round(rng.gamma(shape=6.0, scale=5.6, size=N) + 9), 18, 89).astype(int)
married = rng.random(N) < 1 / (1 + np.exp(-(age - 33) / 5))
graduated = rng.random(N) < np.where(age < 25, 0.35, 0.68)
professions = ["Artist", "Healthcare", "Entertainment", "Engineer", "Doctor", "Lawyer", "Executive", "Marketing",
               "Homemaker"]
prof = rng.choice(professions, size=N, p=[0.3, 0.16, 0.12, 0.09, 0.09, 0.08, 0.07, 0.05, 0.04])
prof[(age < 25) & (rng.random(N) < 0.6)] = "Healthcare"
prof[(age > 65) & (rng.random(N) < 0.6)] = "Lawyer"
work = np.round(rng.exponential(2.6, size=N)).astype(int).clip(0, 14)
family = (1 + rng.poisson(np.where(married, 2.0, 0.9))).clip(1, 9)
spend_p = np.where(married[:, None], [0.38, 0.38, 0.24], [0.9, 0.08, 0.02])
u = rng.random(N)
spending = np.where(u < spend_p[:, 0], "Low", np.where(u < spend_p[:, 0] + spend_p[:, 1], "Average", "High"))
var1 = rng.choice([f"Cat_{k}" for k in range(1, 8)], size=N, p=[0.02, 0.05, 0.1, 0.13, 0.01, 0.65, 0.04])

# 세그먼트별 효용 (softmax)
a = (age - 43) / 16
is_ = lambda name: (prof == name).astype(float)  # noqa: E731
util = np.column_stack([
    # A: 나이 많고 전문직(변호사·의사·엔지니어), 소비 낮음, 가족 적음
    0.7 * a + 1.2 * is_("Lawyer") + 0.8 * is_("Doctor") + 0.9 * is_("Engineer") + 0.8 * is_("Entertainment")
    + 0.6 * (spending == "Low") - 0.25 * (family - 3) + 0.2 * (work >= 6),
    # B: 중년 기혼, 예술가, 소비 보통, 대졸
    0.3 - 0.9 * (a ** 2) + 0.9 * married + 1.0 * is_("Artist") + 0.9 * (spending == "Average")
    + 0.5 * graduated + 0.3 * (var1 == "Cat_4"),
    # C: 중년 기혼, 예술가·임원, 소비 보통~높음, 가족 많음
    -0.6 - 0.6 * (a ** 2) + 1.2 * married + 0.9 * is_("Artist") + 0.9 * is_("Executive")
    + 1.2 * (spending != "Low") + 0.35 * (family - 3) + 0.8 * graduated,
    # D: 젊음, 미혼, 의료·마케팅·주부, 소비 낮음, 비대졸
    0.5 - 1.6 * a - 0.8 * married + 1.6 * is_("Healthcare") + 1.0 * is_("Marketing") + 0.8 * is_("Homemaker")
    + 0.6 * (spending == "Low") - 0.7 * graduated + 0.4 * (var1 == "Cat_3"),
])
util = 2.0 * util
prob = np.exp(util - util.max(axis=1, keepdims=True))
prob /= prob.sum(axis=1, keepdims=True)
cum = prob.cumsum(axis=1)
seg = CLASSES[(rng.random(N)[:, None] > cum).sum(axis=1)]

df = pd.DataFrame({
    "ID": np.arange(460001, 460001 + N),
    "Gender": gender,
    "Ever_Married": np.where(married, "Yes", "No").astype(object),
    "Age": age,
    "Graduated": np.where(graduated, "Yes", "No").astype(object),
    "Profession": prof.astype(object),
    "Work_Experience": work.astype(float),
    "Spending_Score": spending,
    "Family_Size": family.astype(float),
    "Var_1": var1.astype(object),
    TARGET: seg,
})
for col, k in [("Ever_Married", 38), ("Graduated", 22), ("Profession", 30), ("Work_Experience", 210),
               ("Family_Size", 80), ("Var_1", 20)]:
    df.loc[rng.choice(N, size=k, replace=False), col] = np.nan
df["Work_Experience"] = df["Work_Experience"].astype("Int64")
df["Family_Size"] = df["Family_Size"].astype("Int64")

order = rng.permutation(N)
train = df.iloc[np.sort(order[:N_TRAIN])]
test = df.iloc[np.sort(order[N_TRAIN:])]

(HERE / "data").mkdir(exist_ok=True)
(HERE / "answer").mkdir(exist_ok=True)
train.to_csv(HERE / "data" / "train.csv", index=False, lineterminator="\n")
test.drop(columns=[TARGET]).to_csv(HERE / "data" / "test.csv", index=False, lineterminator="\n")
test[[TARGET]].to_csv(HERE / "answer" / "y_test.csv", index=False, lineterminator="\n")

if __name__ == "__main__" and "--check" in __import__("sys").argv:
    from sklearn.metrics import f1_score

    test_idx = np.sort(order[N_TRAIN:])
    best = CLASSES[prob.argmax(axis=1)]
    print(pd.Series(seg).value_counts(normalize=True).sort_index().round(3).to_dict(),
          "참 확률 argmax의 macro-F1:", round(f1_score(seg[test_idx], best[test_idx], average="macro"), 4))
