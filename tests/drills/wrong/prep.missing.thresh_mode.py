# 흔한 실수: 결측값을 먼저 채운 뒤 dropna(thresh=...)를 해서 지워야 할 행이 남음
import pandas as pd


def clean_missing(df, thresh):
    out = df.copy()
    for col in out.columns:
        if pd.api.types.is_numeric_dtype(out[col]):
            out[col] = out[col].fillna(out[col].mean())
        else:
            out[col] = out[col].fillna(out[col].mode()[0])
    return out.dropna(thresh=thresh)
