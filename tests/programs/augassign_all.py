n = 17
n += 3; print(n)
n -= 5; print(n)
n *= 4; print(n)
n //= 7; print(n)
n %= 5; print(n)
n **= 3; print(n)
n <<= 2; print(n)
n >>= 1; print(n)
n &= 0b1111; print(n)
n |= 0b10000; print(n)
n ^= 0b11; print(n)
n /= 4; print(n)
f = 2.5
f += 1; f *= 2; f -= 0.5; f /= 2; f //= 1; f %= 2; f **= 3
print(f)
neg = -7
neg //= 2; print(neg)
neg %= 3; print(neg)
lst = [1, 2, 3]
lst[0] += 10; lst[1] *= 5; lst[2] -= 1; lst[-1] **= 2; lst[0] //= 4; lst[1] %= 4
print(lst)
lst[0] <<= 3; lst[1] |= 8; lst[2] ^= 1; lst[0] >>= 1; lst[1] &= 6; lst[2] /= 2
print(lst)
d = {"a": 1, "b": 2.0, "s": "x"}
d["a"] += 1; d["b"] /= 4; d["s"] *= 3; d["s"] += "!"
print(d)
nested = [[1, 2], [3, 4]]
nested[1][0] += 100; nested[0][-1] *= -1
print(nested)
s = "ab"; s += "cd"; s *= 2
t = (1,); t += (2,); t *= 2
l2 = [1]; alias = l2; l2 += [2]; l2 *= 2
print(s, t, l2, alias, alias is l2)
b = True
b += True; print(b)
x = 10
x -= -x; print(x)
i = 0
counts = [0] * 3
for k in range(10):
    counts[k % 3] += k
print(counts)
