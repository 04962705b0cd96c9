# send() and close(), and the methods generators have.
def accumulator():
    total = 0
    while True:
        value = yield total
        if value is None:
            break
        total += value


acc = accumulator()
print(next(acc))
print(acc.send(5))
print(acc.send(10))
try:
    acc.send(None)
except StopIteration:
    print("stopped")
print(next(acc, "finished"))


def echo():
    received = []
    while len(received) < 3:
        x = yield len(received)
        received.append(x)
    yield received


e = echo()
print(e.send(None), e.send("a"), e.send("b"), e.send("c"))
try:
    echo().send(1)
except TypeError as err:
    print(err)


def numbers():
    for i in range(10):
        yield i


g = numbers()
print(next(g), g.__next__())
g.close()
print(next(g, "closed"))
g.close()
print(list(g))
h = numbers()
print(h.__iter__() is h, iter(h) is h)
h.close()
print(list(h))
print(list(numbers())[::3])


def self_close():
    yield 1
    me.close()
    yield 2


me = self_close()
print(next(me))
try:
    next(me)
except ValueError as err:
    print(err)
total = 0
for i in range(300):
    a = accumulator()
    next(a)
    a.send(i)
    total += a.send(1)
print(total)
