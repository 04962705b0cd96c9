# Every built-in that iterates takes a generator.
def nums(n):
    for i in range(n):
        yield i


def noisy(values):
    for v in values:
        print("yield", v)
        yield v


print(list(nums(5)), tuple(nums(3)), sum(nums(10)), sum(nums(4), 100))
print(sorted(nums(5), reverse=True), sorted(noisy([3, 1, 2])))
print(min(nums(5)), max(nums(5)), min(nums(0), default=-1), max(nums(4), key=lambda x: -x))
print(list(zip(nums(3), "abcd")), list(zip("ab", nums(5))))
print(list(enumerate(nums(3), 1)))
print("-".join(str(x) for x in nums(4)))
print("".join(noisy(["a", "b"])))
print(3 in nums(10), 30 in nums(10), 2 not in nums(2))
print(any(noisy([0, 0, 5, 0])))
print(all(noisy([1, 1, 0, 1])))
print(any(x > 2 for x in nums(10)), all(x < 20 for x in nums(10)))
a, b, c = nums(3)
print(a, b, c)
first, second = noisy("xy")
print(first, second)
print(dict((str(i), i * i) for i in range(4)))
print(dict(zip(nums(3), noisy("pqr"))))
print(dict(enumerate(nums(3))))
lst = [100]
lst.extend(nums(3))
lst += nums(2)
print(lst)
print(len(list(nums(1000))))
print(max(len(w) for w in ["a", "abc", "ab"]))
print(list(reversed(list(nums(4)))))
print(str(sum(x / 2 for x in nums(5))))
print(sorted((x % 3, x) for x in nums(7)))


def show(*args):
    print(args)


show(*nums(4))
show(*(x * x for x in range(3)))
for i, (x, y) in enumerate(zip(nums(3), nums(10))):
    print(i, x, y)
m = map if False else None
print(list(x for x in nums(3) if x))
try:
    a, b = nums(3)
except ValueError as e:
    print(e)
try:
    a, b, c = nums(2)
except ValueError as e:
    print(e)
print(list(nums(3)) == [0, 1, 2], tuple(nums(2)) < (0, 2))
print(isinstance(nums(1), type(nums(2))))
