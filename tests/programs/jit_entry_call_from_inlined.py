# Calls of functions with loops (or recursion) from calls the loop
# inlined: the trace makes the inlined calls' frames, then calls through
# the callee's entry trace. Exits inside the callee, a callee raising, and
# the recursion limit reached from there.


class Tok:
    def __init__(self, text):
        self.text = text
        self.pos = 0

    def skip(self):
        pos = self.pos
        while pos < len(self.text) and self.text[pos] == " ":
            pos += 1
        self.pos = pos

    def word(self):
        self.skip()
        start = self.pos
        while self.pos < len(self.text) and self.text[self.pos] != " ":
            self.pos += 1
        return self.text[start:self.pos]

    def words(self):
        out = []
        while self.pos < len(self.text):
            w = self.word()
            if w:
                out.append(w)
        return out


def deep(n):
    if n == 0:
        return 0
    return 1 + deep(n - 1)


def helper(i):
    return deep(i % 7) + check(i)


def check(i):
    total = 0
    for k in range(i % 3):
        total += k
    if i == 777:
        raise ValueError("seven")
    return total


def main():
    text = "  alpha beta   gamma delta  epsilon " * 3
    n = 0
    for i in range(400):
        t = Tok(text)
        n += len(t.words())
    print(n)

    s = 0
    for i in range(1000):
        try:
            s += helper(i)
        except ValueError as e:
            s += 1000
    print(s)

    caught = 0
    for i in range(60):
        try:
            helper(0)
            deep(990 + i)
        except RecursionError:
            caught += 1
    print(caught)


main()
