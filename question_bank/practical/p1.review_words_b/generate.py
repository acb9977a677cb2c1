"""p1.review_words_b: 온라인 쇼핑몰 상품 리뷰 데이터 생성기.

실행: 이 폴더에서 `python generate.py` -> data/reviews.csv, answer/answers.yaml
"""

import sys
from pathlib import Path

import numpy as np
import pandas as pd

HERE = Path(__file__).resolve().parent
SEED = int(sys.argv[sys.argv.index("--seed") + 1]) if "--seed" in sys.argv else 3354
rng = np.random.default_rng(SEED)

POS = [
    "배송이 빨라요", "포장이 꼼꼼했어요", "가격 대비 만족합니다", "재구매 의사 있어요", "색상이 사진과 같아요",
    "사이즈 딱 맞아요", "부모님이 좋아하세요", "품질이 생각보다 좋네요", "추천합니다", "잘 쓰고 있어요",
    "마감이 깔끔해요", "선물용으로 샀는데 반응이 좋았어요", "만족", "최고예요",
]
NEG = [
    "배송이 너무 늦었어요", "포장이 찢어져서 왔어요", "사진과 색상이 많이 달라요", "사이즈가 작아요",
    "한 번 쓰고 고장났어요", "냄새가 심해서 반품했습니다", "고객센터 연결이 안 돼요", "환불 요청했습니다",
    "마감이 엉망이에요", "가격에 비해 별로예요", "다시는 안 삽니다", "실망", "교환 처리도 느려요",
]
MID = ["그냥 그래요", "쓸 만해요", "보통이에요", "기대만큼은 아니에요", "무난합니다"]

N = 760
cats = ["의류", "주방", "가전", "화장품", "문구"]
rating = rng.choice([1, 2, 3, 4, 5], size=N, p=[0.09, 0.11, 0.2, 0.3, 0.3])
texts = []
for r in rating:
    pool = NEG if r <= 2 else (MID + POS[:5] + NEG[:4] if r == 3 else POS)
    k = int(rng.integers(1, 6 if r >= 3 else 7))
    parts = [pool[i] for i in rng.choice(len(pool), size=k, replace=False)]
    sep = [" " if rng.random() > 0.06 else "  " for _ in range(k - 1)]  # 가끔 띄어쓰기 두 번
    t = parts[0]
    for s, p in zip(sep, parts[1:]):
        t += s + p
    if rng.random() < 0.04:
        t = t + " "  # 끝에 공백
    texts.append(t)

df = pd.DataFrame(
    {
        "review_id": [f"R{i:05d}" for i in range(1, N + 1)],
        "작성일": (pd.Timestamp("2024-01-01") + pd.to_timedelta(rng.integers(0, 366, size=N), unit="D")).strftime("%Y-%m-%d"),
        "상품분류": rng.choice(cats, size=N),
        "평점": rating,
        "리뷰": texts,
        "도움돼요": rng.poisson(1.5, size=N),
    }
)
df.loc[rng.choice(N, size=38, replace=False), "리뷰"] = np.nan  # 평점만 남긴 리뷰

(HERE / "data").mkdir(exist_ok=True)
(HERE / "answer").mkdir(exist_ok=True)
df.to_csv(HERE / "data" / "reviews.csv", index=False)

# ---- 정답: 리뷰 결측 제외 -> 단어 수 = str.split() 조각 수 -> 평점 2 이하이면서 단어 수 12 이상인 리뷰 수
d = pd.read_csv(HERE / "data" / "reviews.csv")
d = d.dropna(subset=["리뷰"])
wc = d["리뷰"].str.split().str.len()
answer = int(((d["평점"] <= 2) & (wc >= 12)).sum())
wc_bad = d["리뷰"].str.split(" ").str.len()  # 실수: 공백 한 칸 기준
alt = int(((d["평점"] <= 2) & (wc_bad >= 12)).sum())
alt_gt = int(((d["평점"] <= 2) & (wc > 12)).sum())
assert alt != answer and alt_gt != answer
(HERE / "answer" / "answers.yaml").write_text(f"answers: [{answer}]\n", encoding="utf-8")
if "--check" in sys.argv:
    print(wc.describe().to_dict(), answer, "split(' '):", alt, "초과:", alt_gt)
