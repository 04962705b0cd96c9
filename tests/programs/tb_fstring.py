def show(item):
    return f"item {item['name']!r} costs {item['price'] / item['count']:.2f}"


print(show({"name": "pen", "price": 3.0, "count": 2}))
print(show({"name": "ink", "price": 3.0, "count": 0}))
