def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)


show(lambda: {1}.remove(2))
show(lambda: set().pop())
show(lambda: {[1]})
show(lambda: {1}.add([2]))
show(lambda: [1] in {1})
show(lambda: hash({1}))
show(lambda: {{1}: 2})
show(lambda: set(1, 2))
show(lambda: set(x=1))
show(lambda: frozenset(1, 2))
show(lambda: set(5))
show(lambda: {1}.add())
show(lambda: {1}.add(1, 2))
show(lambda: {1}.pop(1))
show(lambda: {1}.update(x=1))
show(lambda: {1}.issubset())
show(lambda: frozenset().add(1))
show(lambda: {1} | [2])
show(lambda: {1} - (1,))
show(lambda: {1} < [1])
show(lambda: {1} + {2})
show(lambda: -{1})
show(lambda: {1}[0])
show(lambda: reversed({1}))
show(lambda: {1}.union(5))
show(lambda: {1}.intersection(5))
show(lambda: {1}.isdisjoint(None))
show(lambda: {1}.discard({2}))
show(lambda: {frozenset({2})}.remove({2}))
show(lambda: {frozenset({2})}.remove({3}))
show(lambda: sorted({1, "a"}))


def grow():
    s = {1, 2, 3}
    for x in s:
        s.add(x + 10)


show(grow)


def shrink_then_stop():
    s = {1, 2, 3}
    it = iter(s)
    next(it)
    s.discard(3)
    return next(it)


show(shrink_then_stop)
s = {"a"}
s.remove("b")
