# type(x) in a hot loop while x changes kind: ints, floats, strs, lists,
# None, instances of two classes, a function, a class, iterators.


class A:
    pass


class B(A):
    pass


def f():
    return 1


def main():
    values = [1, 2.5, "s", [1], None, A(), B(), f, A, (1, 2), {"k": 1}, True, range(3)]
    counts = {}
    for i in range(900):
        v = values[(i // 60) % len(values)]
        t = type(v)
        name = t.__name__
        counts[name] = counts.get(name, 0) + 1
        if type(v) is A or type(v) == B:
            counts["AB"] = counts.get("AB", 0) + 1
    print(sorted(counts.items()))


main()
