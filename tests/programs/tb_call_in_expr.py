def check(n):
    if n < 0:
        raise ValueError("negative: %d" % n)
    return n


result = [check(1), check(2)]
print(result)
result = check(3) + check(-4) * 2
