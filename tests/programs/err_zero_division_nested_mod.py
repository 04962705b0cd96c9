def bucket(x, n):
    return x % n
def assign(items, n):
    return [bucket(i, n) for i in items]
def run(n):
    print("buckets", n, assign([5, 6, 7], n))
run(3)
run(2)
run(0)
