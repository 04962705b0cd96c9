def gen(n):
    total = 0
    for i in range(n):
        total += yield i
    return total


g = gen(3)
g.throw(ValueError("before the first step"))
