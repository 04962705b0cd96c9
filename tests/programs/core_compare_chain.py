def noisy(x):
    print("eval", x)
    return x
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1, 1 == 1.0 == True)
print(noisy(1) < noisy(2) < noisy(3))
print(noisy(5) < noisy(2) < noisy(3))
print(1 < noisy(2) > 0)
x = 5
print(0 <= x < 10, x is x, x is not None, None is None)
print([1, 2] < [1, 3], (1, 2) < (1, 2, 0), "abc" < "abd", "Z" < "a", [] == [], () == ())
print([1, [2, 3]] == [1, [2, 3]], {1: 2} == {1: 2}, {1: 2} != {1: 3}, 1 != 2)
nan = float('nan')
print(nan == nan, nan != nan, nan < 1, nan > 1, [nan] == [nan], nan in [nan])
print(0.0 == -0.0, -0.0 < 0.0, 1 < 1.5, 2 >= 2.0, 'a' in 'cat', 'x' not in 'cat', 3 in [1, 2, 3])
print(3 in range(5), 7 in range(0, 10, 3), 6 in range(0, 10, 3), 'k' in {'k': 1}, 1.0 in {1: 'a'})
