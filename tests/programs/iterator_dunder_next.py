# Built-in iterators have __next__ and __iter__ (map and filter of any function, the others).
f = filter(None, [1])
print(hasattr(f, "__next__"), hasattr(f, "__iter__"), hasattr(map(len, []), "__next__"), hasattr(iter([]), "__next__"))
g = filter(lambda x: x, [1, 2])
print(hasattr(g, "__iter__"))
print(g.__next__())
print(map(lambda x: x, [5]).__next__())
it = iter([1, 2])
print(it.__next__(), it.__iter__() is it, next(it))
try:
    it.__next__()
except StopIteration as e:
    print("stop", repr(e))
z = zip([1], [2])
print(z.__next__(), hasattr(enumerate([]), "__next__"), hasattr({}.keys(), "__next__"), hasattr([], "__next__"))
print(iter(range(3)).__next__(), reversed([1, 2]).__next__(), iter({1: 2}).__next__(), iter("ab").__next__())
it = iter(range(1000))
m = map(lambda x: x * 2, range(1000))
f = filter(None, range(1000))
t = 0
for i in range(300):
    t += it.__next__() + m.__next__() + f.__next__()
    if i % 50 == 0:
        print(i, t)
print(t, next(it), next(m), next(f))

# The types of map, filter, zip and enumerate objects make them when called.
m = map(lambda x: x, [1])
print(list(type(m)(lambda x: -x, [1, 2])))
z = zip([1], [2])
print(list(type(z)([3], [4])))
e = enumerate([1])
print(list(type(e)("ab", 1)))
f = filter(None, [1])
print(list(type(f)(None, [0, 5])))
