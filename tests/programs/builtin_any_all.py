print(any([]), all([]), any([0]), all([0]), any([0, 0.0, "", None, 1]), all([1, "a", [0], -1]))
print(any("abc"), all(""), any([[], ()]), all([[0], (0,)]), any(range(1)), all(range(1, 5)), any({0: 1}), all({1: 0}))
nums = [3, 8, 12, 5]
print(any([n > 10 for n in nums]), all([n > 2 for n in nums]), all([n % 2 == 0 for n in nums]))
print(any([x == "b" for x in "abc"]), all([c.isalpha() for c in "abc1"]), any((False, None, 0.0, -0.0)))
calls = []
def check(x):
    calls.append(x)
    return x > 2
print(any([check(n) for n in [1, 3, 5]]), calls)
print(len([n for n in nums if n > 4]), sum([1 for c in "mississippi" if c == "s"]))
