t = 0
f = 0
mix = 0
for i in range(700):
    b = i % 3 == 0
    t += b
    f += not b
    mix += b * 2 - (i % 5 == 0) + (b and i % 2 == 0)
print(t, f, mix, type(t))
flags = [False] * 10
for i in range(500):
    flags[i % 10] = flags[i % 10] ^ (i % 7 == 0)
print(flags, sum(flags))
c = True
for i in range(301):
    c = not c
print(c, c + c, -c)
