def make_counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc
c = make_counter()
print(c(), c(), c())
d = make_counter()
print(d(), c())
def adder(n):
    return lambda x: x + n
add5 = adder(5)
print(add5(10), adder(1)(1))
def outer():
    x = 1
    def middle():
        def inner():
            return x
        return inner
    return middle()()
print(outer())
total = 0
def add_global(n):
    global total
    total += n
add_global(5); add_global(6)
print(total)
def make_list():
    items = []
    def push(v):
        items.append(v)
        return items
    return push
p = make_list()
p(1)
print(p(2))
