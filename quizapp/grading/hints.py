"""Teaching hints for errors that come from an API that was renamed or removed."""

from __future__ import annotations

import re

# (pattern on "ExceptionType: message", hint). Checked against the installed versions:
# scikit-learn 1.9, pandas 2.x/3.x, numpy 2.x.
REMOVED_APIS: list[tuple[str, str]] = [
    (r"unexpected keyword argument 'base_estimator'",
     "scikit-learn 1.4부터 base_estimator= 인자는 삭제되었습니다. estimator=를 쓰세요 "
     "(예: BaggingClassifier(estimator=DecisionTreeClassifier()))."),
    (r"unexpected keyword argument 'sparse'",
     "OneHotEncoder의 sparse=는 1.4에서 삭제되었습니다. sparse_output=False를 쓰세요."),
    (r"unexpected keyword argument 'squared'",
     "mean_squared_error(squared=False)는 1.6에서 삭제되었습니다. root_mean_squared_error()를 쓰세요."),
    (r"unexpected keyword argument 'affinity'",
     "AgglomerativeClustering의 affinity=는 metric=으로 바뀌었습니다."),
    (r"unexpected keyword argument 'n_iter'",
     "TSNE 등의 n_iter=는 max_iter=로 바뀌었습니다."),
    (r"unexpected keyword argument 'normalize'",
     "선형 모형의 normalize=는 삭제되었습니다. Pipeline에 StandardScaler를 넣으세요."),
    (r"'DataFrame' object has no attribute 'append'|'Series' object has no attribute 'append'",
     "DataFrame.append()는 pandas 2.0에서 삭제되었습니다. pd.concat([df1, df2])를 쓰세요."),
    (r"has no attribute 'iteritems'",
     "iteritems()는 삭제되었습니다. items()를 쓰세요."),
    (r"module 'numpy' has no attribute '(float|int|bool|object|str)'",
     "np.float, np.int 같은 별칭은 numpy 1.24에서 삭제되었습니다. 내장 float, int 또는 np.float64를 쓰세요."),
    (r"has no attribute 'swapaxes'",
     "DataFrame.swapaxes()는 삭제되었습니다. transpose()나 .T를 쓰세요."),
    (r"cannot import name 'plot_confusion_matrix'",
     "plot_confusion_matrix는 삭제되었습니다. ConfusionMatrixDisplay.from_estimator()를 쓰세요."),
    (r"cannot import name 'load_boston'",
     "load_boston은 윤리 문제로 삭제되었습니다. 다른 데이터를 쓰세요."),
    (r"penalty.*'none'|'none'.*penalty",
     "penalty='none' 문자열은 삭제되었습니다. 규제를 끄려면 C=np.inf를 쓰세요(예전: penalty=None)."),
    (r"has no attribute 'applymap'",
     "DataFrame.applymap()은 map()으로 이름이 바뀌었습니다."),
    (r"Can only use \.dt accessor with datetimelike values",
     "날짜 연산 전에 pd.to_datetime()으로 변환하세요."),
    (r"PermissionError: \[Errno 1\] Operation not permitted|Operation not permitted",
     "채점 환경에서는 새 프로세스, 네트워크, 외부 명령을 쓸 수 없습니다."),
    (r"Permission denied",
     "채점 환경에서는 작업 폴더 밖의 파일을 읽거나 쓸 수 없습니다."),
    (r"RecursionError",
     "재귀가 너무 깊습니다. 반복문으로 바꾸거나 종료 조건을 확인하세요."),
    (r"MemoryError",
     "메모리 제한을 넘었습니다. 너무 큰 배열을 만들고 있지 않은지 확인하세요."),
]


def for_error(text: str) -> str | None:
    for pattern, hint in REMOVED_APIS:
        if re.search(pattern, text):
            return hint
    return None
