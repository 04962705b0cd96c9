# Truth of objects and comparisons of strs, tuples and lists in hot loops:
# a queue drained with `while queue`, linked nodes ending in None, empty
# and non-empty strs, instances with and without __bool__/__len__, and
# comparisons whose operand kinds change mid-loop.


class Node:
    def __init__(self, v, nxt):
        self.v = v
        self.nxt = nxt


class Flag:
    def __init__(self, on):
        self.on = on

    def __bool__(self):
        return self.on


class Bag:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n


def main():
    queue = list(range(300))
    total = 0
    while queue:
        total += queue.pop()
    print(total)

    head = None
    for i in range(300):
        head = Node(i, head)
    s = 0
    node = head
    while node:
        s += node.v
        node = node.nxt
    print(s)

    words = ["", "a", "bb", "", "ccc"] * 60
    print(sum([1 for w in words if w]), sum([1 for w in words if not w]))

    things = [Flag(i % 3 == 0) for i in range(150)] + [Bag(i % 4) for i in range(150)]
    print(sum([1 for t in things if t]))

    names = ["pear", "apple", "fig", "apple", "kiwi"] * 80
    eq = lt = 0
    for i in range(len(names) - 1):
        if names[i] == names[i + 1]:
            eq += 1
        if names[i] < names[i + 1]:
            lt += 1
        if names[i] != "apple":
            eq += 2
    print(eq, lt)

    pairs = [(i % 7, i % 3) for i in range(300)] + [[i % 5, 1] for i in range(100)]
    c = 0
    for i in range(len(pairs) - 1):
        a, b = pairs[i], pairs[i + 1]
        if type(a) == type(b) and a <= b:
            c += 1
        if a == (3, 0):
            c += 100
    print(c)

    mixed = ["x", "y", 3, "x", 4.0, "x"] * 50
    hits = 0
    for m in mixed:
        if m == "x":
            hits += 1
    print(hits)


main()
