# +=, * and *= on lists of every kind, and of mixed kinds.
xs = [1, 2]
xs += [3.0]
print(xs)
xs += (None,)
print(xs)
xs *= 2
print(xs, len(xs))

fs = [0.5]
fs *= 3
fs += [1]
print(fs)
bs = [True] * 3
bs += [0]
print(bs, bs * 2)
print([False] * 0, [1.5] * -2, 2 * [None], [1, 2.0] * 2)

acc = []
for i in range(300):
    if i % 3 == 0:
        acc += [i]
    elif i % 3 == 1:
        acc += [i * 0.5]
    else:
        acc += [i % 2 == 0]
print(len(acc), acc[:9], acc[-3:])

total = [0]
for i in range(200):
    total += [total[-1] + i]
print(total[-1], len(total))

alias = [1, 2]
other = alias
alias += [3.5]
print(other, other is alias)
alias = alias + [4]
print(other, alias)
