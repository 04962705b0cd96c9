# len() of instances whose class defines __len__, in hot loops: a plain
# count, one computed by a loop (no compile), a negative length (ValueError)
# and a non-int (TypeError) after many calls.


class Plan:
    def __init__(self):
        self.steps = []

    def add(self, s):
        self.steps.append(s)

    def __len__(self):
        return len(self.steps)


class Odd:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        if self.n == 250:
            return -1
        if self.n == 260:
            return "x"
        return self.n % 5


def main():
    p = Plan()
    total = 0
    for i in range(500):
        p.add(i)
        total += len(p)
        if len(p) > 400:
            total -= 1
    print(total)

    bad = []
    acc = 0
    for i in range(300):
        try:
            acc += len(Odd(i))
        except (ValueError, TypeError) as e:
            bad.append(type(e).__name__)
    print(acc, bad)


main()
