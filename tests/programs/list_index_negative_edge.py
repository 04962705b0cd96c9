a = [10, 20, 30]
print(a[-1], a[-3], a[0:-1], a[-2:], a[:-5], a[5:], a[-1::-1])
a[-1] = 99
print(a, a.index(99), a.pop(-2), a)
a.insert(-1, 5); a.insert(100, 6); a.insert(-100, 7)
print(a)
print([1, 2, 3].index(2), [1, 2, 1].count(1), [[1]] * 2, [1, 2] * -1)
