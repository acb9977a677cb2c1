# 흔한 실수: 기본값 how="inner"로 합쳐 고객 정보가 없는 주문이 사라짐
def merge_customers(orders, customers):
    return orders.merge(customers, on="cust_id", suffixes=("_order", "_cust"), indicator=True)
