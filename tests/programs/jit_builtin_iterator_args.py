# Built-ins given an iterator inside a loop being recorded: the recorder
# must not run them ahead of the interpreter (list(it) would empty `it`
# before the real call). Found with --jit-threshold 1.


def show(label, f):
    print(label, "->", f())


for i in range(3):
    show("list", lambda: list(iter([1, 2])))
    show("sum", lambda: sum(iter(range(3))))
    show("str iter", lambda: list("ab".__iter__()))
    show("sorted", lambda: sorted(reversed([3, 1, 2])))
    show("tuple enum", lambda: tuple(enumerate("xy")))
    show("max zip", lambda: max(zip([1, 5], [2, 0])))
    show("keyed", lambda: sorted(iter([3, -4, 1]), key=abs, reverse=True))

total = 0
for i in range(300):
    it = iter(range(i % 5))
    total += sum(it) + len(list(it))
    e = enumerate([i, i + 1])
    total += len(list(e)) + len(list(e))
print(total)
