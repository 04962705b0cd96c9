prices = {"apple": 1.25, "pear": 0.75}
def price_of(item):
    return prices[item]
def total(cart):
    s = 0.0
    for item, qty in cart:
        s += price_of(item) * qty
    return s
def checkout(cart):
    print("total", total(cart))
checkout([("apple", 2), ("pear", 4)])
checkout([("apple", 1), ("kiwi's", 3)])
