# Calls with keyword arguments (CALL_KW) inside loops the JIT compiles:
# keyword values reach their parameters, missing ones take defaults,
# keyword-only parameters, and the errors the interpreter raises.


def scale(x, factor=2, offset=0):
    return x * factor + offset


def clamp(v, *, lo=0, hi=10):
    return lo if v < lo else hi if v > hi else v


def mix(a, b, /, c=1, *, d):
    return a - b + c * d


def total(n):
    acc = 0
    for i in range(n):
        acc += scale(i, offset=1)
        acc += scale(i, factor=3)
        acc += scale(x=i, offset=-1, factor=1)
        acc += clamp(i % 15, hi=12)
        acc += clamp(v=i % 7 - 3)
        acc += mix(i, 1, d=2)
        acc += mix(i, 2, c=i % 3, d=1)
    return acc


print(total(3000))


class Shape:
    def __init__(self, w, h=1):
        self.w = w
        self.h = h

    def area(self, scale=1):
        return self.w * self.h * scale


def shapes(n):
    s = 0
    for i in range(n):
        sh = Shape(i % 5, h=i % 3)
        s += sh.area(scale=2) + Shape(w=2).area()
    return s


print(shapes(2000))


def bad_calls(n):
    errors = 0
    for i in range(n):
        try:
            if i % 50 == 49:
                scale(i, scale=2)
            elif i % 50 == 48:
                mix(1, b=2, d=3)
            elif i % 50 == 47:
                clamp(i, lo=1, lo2=3)
            else:
                scale(i, factor=1)
        except TypeError as e:
            errors += 1
            if errors <= 3:
                print(e)
    return errors


print(bad_calls(500))


def closures(n):
    base = 7

    def add(x, y=0):
        return x + y + base

    return sum(add(i, y=1) + add(x=i) for i in range(n))


print(closures(1000))


def changing(n):
    out = []
    f = scale
    for i in range(n):
        if i == n // 2:
            f = clamp
        out.append(f(i, lo=2, hi=5) if f is clamp else f(i, offset=5))
    return sum(out), out[-1]


print(changing(200))


class Counter:
    def __init__(self, start=0, *, step=1):
        self.value = start
        self.step = step

    def bump(self, times=1, *, extra=0):
        self.value += self.step * times + extra
        return self.value


class Loud(Counter):
    def bump(self, times=1, *, extra=0):
        return super().bump(times=times, extra=extra + 1)


def methods(n):
    c = Counter(step=2)
    d = Loud(5, step=3)
    for i in range(n):
        c.bump(extra=i % 2)
        c.bump(times=2)
        d.bump(extra=1)
    return c.value, d.value


print(methods(3000))


def poly(x, *, a=1, b=0):
    return a * x * x + b


def exits_inside(n):
    acc = 0
    for i in range(n):
        v = i if i < n // 2 else i * 0.5
        acc += poly(v, b=i % 3)
        if i % 400 == 399:
            try:
                poly(None, a=2)
            except TypeError as e:
                acc += 1
    return acc


print(exits_inside(2000))
