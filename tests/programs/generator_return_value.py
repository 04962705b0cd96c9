# A generator's `return x` reaches next()'s caller as StopIteration(x),
# whose `value` is x; StopIteration made by raise or by an exhausted
# iterator has its own value (its first argument, or None).
def numbers(n):
    for i in range(n):
        yield i
    return n * 10


g = numbers(2)
print(next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("returned", e.value, e.args, repr(e), str(e))
try:
    next(g)
except StopIteration as e:
    print("again", e.value, e.args)


def quiet():
    yield 1


q = quiet()
next(q)
try:
    next(q)
except StopIteration as e:
    print("plain", e.value, e.args)


def sender():
    total = 0
    while True:
        x = yield total
        if x is None:
            return ("total", total)
        total += x


s = sender()
next(s)
s.send(3)
s.send(4)
try:
    s.send(None)
except StopIteration as e:
    print("sent", e.value)

for k in [StopIteration(), StopIteration(7), StopIteration(1, 2), StopIteration(None)]:
    print(k.value, k.args)

try:
    raise StopIteration("why")
except StopIteration as e:
    print(e.value)

it = iter([])
try:
    next(it)
except StopIteration as e:
    print("iter", e.value)

# The loop ignores what the generator returns.
print(list(numbers(3)), sum(numbers(4)))


def returns_list():
    yield 0
    return [1, 2]


r = returns_list()
next(r)
try:
    next(r)
except StopIteration as e:
    e.value.append(3)
    print(e.value, e)
