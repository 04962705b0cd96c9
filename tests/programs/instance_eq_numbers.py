# An instance whose __eq__ answers for numbers, None and bools, met inside
# a container: its __eq__ decides (this used to answer False without it).
class AlwaysEqual:
    def __eq__(self, other):
        return True

    __hash__ = None


class Near:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return abs(self.v - other) < 0.5

    def __lt__(self, other):
        return self.v < other


items = [AlwaysEqual()]
print(5 in items, None in items, True in items, 2.5 in (AlwaysEqual(),))
print(items.count(7), items.index(3), (AlwaysEqual(),) == (5,), [5] == [AlwaysEqual()])
near = [Near(1.2), Near(3.9)]
print(4 in near, 2 in near, near.index(1), [Near(2.0), 3] == [2, 3], [Near(1.0)] < [2])
print(sorted([(1, Near(5)), (1, Near(2))], key=lambda t: t[1].v)[0][1].v)
for i in range(300):
    if i in near:
        print("found", i)
