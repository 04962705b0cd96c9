r = range(10)
print(r, len(r), r[0], r[-1], r[3:7], r[::2], r[::-1], list(r[::-3]))
print(range(5, 0, -1), list(range(5, 0, -1)), list(range(0, -10, -3)), list(range(3, 3)), list(range(5, 1)))
print(len(range(0, 100, 7)), len(range(10, 0, -3)), len(range(-5)), len(range(1, 2, 10)), range(0, 100, 7)[-1])
print(5 in range(10), 10 in range(10), -1 in range(-5, 0), 4 in range(0, 10, 2), 5 in range(0, 10, 2), 2.0 in range(3))
print(list(reversed(range(4))), sum(range(101)), max(range(7)), min(range(3, 9)), sorted(range(3), reverse=True))
print(range(0, 10, 3) == range(0, 11, 3), range(0) == range(5, 2), list(range(-3, 3)), range(1, 10, 2)[2])
print(list(enumerate(range(3, 6))), list(zip(range(3), range(10, 13))), [i * i for i in range(-2, 3)])
total = 0
for i in range(100, 0, -7):
    total += i
print(total, i)
for j in range(0):
    print("never")
print(range(9223372036854775807)[-1], len(range(0, 9223372036854775807, 2 ** 62)), range(-5, 5, 3)[-1])
print(list(range(2, 20, 5)), 12 in range(2, 20, 5), bool(range(0)), bool(range(1)), range(3) == range(0, 3, 1))
