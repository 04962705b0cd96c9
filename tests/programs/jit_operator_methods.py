# Operators on instances in hot loops: special methods the recorder
# follows from the operator, their reflected forms, NotImplemented after
# many calls, methods that raise, that print (an effect a redo would
# repeat), that keep a count on the instance, nested operators, unary
# operators and augmented assignment.


class V:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, o):
        if isinstance(o, V):
            return V(self.x + o.x, self.y + o.y)
        return NotImplemented

    def __radd__(self, o):
        if isinstance(o, W):
            return V(self.x + o.x, self.y + o.x)
        return V(self.x + o, self.y + o)

    def __sub__(self, o):
        return self + (-o)

    def __mul__(self, k):
        return V(self.x * k, self.y * k)

    def __rmul__(self, k):
        return self * k

    def __neg__(self):
        return V(-self.x, -self.y)

    def __truediv__(self, k):
        return V(self.x / k, self.y / k)


class W:
    def __init__(self, x):
        self.x = x

    def __add__(self, o):
        if isinstance(o, W):
            return W(self.x + o.x)
        return NotImplemented


class Loud:
    def __init__(self, v):
        self.v = v

    def __add__(self, o):
        if o == 37:
            print("loud", self.v)
        return Loud(self.v + o)


class Counting:
    def __init__(self):
        self.calls = 0

    def __mul__(self, k):
        self.calls += 1
        return self.calls * k


def main():
    acc = V(0, 0)
    step = V(1, 2)
    for i in range(500):
        acc = acc + step
        acc = acc - V(0.5, 0.5)
        acc = 2 * acc / 2
        if i % 100 == 0:
            acc = 1 + acc
    print(acc.x, acc.y)

    hits = 0
    for i in range(400):
        other = W(1) if i < 300 else step
        r = W(2) + other
        hits += r.x
    print(hits)

    total = 0.0
    for i in range(300):
        try:
            total += (V(i, i) / (i % 50)).x
        except ZeroDivisionError:
            total -= 1
    print(total)

    s = Loud(0)
    for i in range(60):
        s = s + i
    print(s.v)

    c = Counting()
    t = 0
    for i in range(300):
        t += c * 2
    print(t, c.calls)

    w = V(1, 1)
    for i in range(300):
        w += V(1, 0)
        w = -(-w)
    print(w.x, w.y)

    try:
        for i in range(300):
            v = V(i, i) + (step if i != 250 else "s")
    except TypeError as e:
        print(i, e)


main()
