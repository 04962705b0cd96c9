# A generator's first step compiled (it starts at the top of its body and
# stops with its loop's iterator on the stack, more slots than it began
# with), then the generator stepped again by the interpreter: next(),
# send() and another loop must find it stopped where compiled code left it.

def gen(n):
    total = 0
    for i in range(n):
        total += i
        got = yield total
        if got is not None:
            total = got

def pair():
    yield 1
    yield 2

def nested(n):
    for i in range(n):
        for j in range(i):
            yield i * j

def main():
    acc = 0
    for r in range(400):
        g = gen(r % 7 + 3)
        for v in g:
            acc += v
            if v > 5:
                break
        acc += next(g, -1)
        try:
            acc += g.send(100)
        except StopIteration:
            acc -= 1
        for v in g:
            acc += v % 11
    print(acc)
    s = 0
    for r in range(300):
        for v in pair():
            s += v * r
        p = pair()
        s += next(p)
        for v in p:
            s -= v
    print(s)
    t = 0
    for r in range(200):
        for v in nested(r % 9):
            t += v
    print(t)
    print(sum(x for x in gen(50)), max(gen(30)), list(nested(4)))

main()
