for t in (map, filter, zip, enumerate):
    print(t, repr(t), t.__name__, t.__qualname__, t.__module__, type(t), isinstance(t, type), issubclass(t, object), callable(t), t == t, hash(t) == hash(t))
    print(issubclass(t, t))
m = map(str, [1, 2])
print(isinstance(m, map), isinstance(m, (filter, map)), isinstance(m, filter), type(m) is map)
print(isinstance(enumerate([]), enumerate), isinstance(zip(), zip), isinstance(filter(None, []), filter))
print(isinstance(map(lambda x: x, [1]), map), type(map(lambda x: x, [1])) is map)
def g():
    yield 1
print(isinstance(enumerate(g()), enumerate), type(zip(g(), g())) is zip)
print(issubclass(map, (int, map)), issubclass(bool, map))
for thunk in [lambda: map(), lambda: map(str), lambda: zip(1), lambda: enumerate(), lambda: enumerate([], start="a"),
              lambda: filter(None), lambda: map(str, [1], x=1), lambda: zip([1], strict=True, x=2), lambda: enumerate(5),
              lambda: filter(None, 3), lambda: map(str, 3), lambda: map.x]:
    try:
        print(list(thunk()))
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
print(list(enumerate("ab", start=3)), list(zip("ab", "cd", strict=True)), list(enumerate(iterable="xy", start=1)))
total = 0
for r in range(300):
    for i, (a, b) in enumerate(zip(range(5), map(abs, range(-5, 0))), start=1):
        total += i * a + b
    total += sum(filter(None, [r % 3, 0, r % 5]))
print(total)
print(sorted({map: 1, zip: 2}.values()), str(filter))
