# A method with a loop of its own, called from a method the compiled loop
# inlined: the trace hands the call to the interpreter at a pc of the
# inlined method's code, past the end of the loop's own code.


class Walker:
    def __init__(self):
        self.a = 1
        self.b = 2
        self.c = 3

    def inner(self, n):
        s = 0
        for k in range(n):
            s += k
        return s

    def outer(self, n):
        x = self.a + self.b + self.c
        y = x * 2 + self.a * 3 + self.b * 4 + self.c * 5
        z = y - x + self.a - self.b + self.c
        w = z * y - x
        return self.inner(n % 4) + w


def main():
    w = Walker()
    t = 0
    for i in range(3000):
        t += w.outer(i)
    print(t)


main()
