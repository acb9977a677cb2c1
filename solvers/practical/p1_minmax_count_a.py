import pandas as pd
from sklearn.preprocessing import MinMaxScaler

df = pd.read_csv("data/members.csv")

# 앱 회원만 추린 뒤, 그 안에서 정규화 (전체로 정규화하면 웹·매장의 큰 값 때문에 결과가 달라짐)
app = df[df["가입경로"] == "앱"].copy()
scaler = MinMaxScaler()  # 결측값은 fit에서 무시되고 결과도 NaN으로 남음
app["scaled"] = scaler.fit_transform(app[["월평균구매액"]]).ravel()

print(int((app["scaled"] > 0.5).sum()))
