# `yield from` as a statement: each value of the iterable in turn.
def inner(n):
    for i in range(n):
        yield i * 10
    return "inner done"


def outer():
    yield "start"
    yield from inner(3)
    yield from [7, 8]
    yield from "ab"
    yield from (x for x in range(2))
    yield "end"


print(list(outer()))


def flatten(items):
    for item in items:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item


print(list(flatten([1, [2, [3, [4, 5]], 6], [[7]], 8])))


def tree(depth):
    if depth:
        yield from tree(depth - 1)
        yield depth
        yield from tree(depth - 1)


print(list(tree(4)))
total = 0
for i in range(400):
    for v in flatten([i, [i, [i]]]):
        total += v
print(total)


def failing():
    yield 1
    yield from inner_bad()


def inner_bad():
    yield 2
    raise KeyError("bad")


try:
    for v in failing():
        print(v)
except KeyError as e:
    print("KeyError", e)


def empty_from():
    yield from []


print(list(empty_from()))
