# Divisions of ints of hundreds of thousands of bits. Found by the diff_jit
# fuzzer: a loop squaring a number and dividing by the one before it made
# dashu-int 0.4.3's NTT multiplication index out of bounds (a panic inside
# `-(2**1048576) // -(2**524288)`); the engine now pins 0.4.2.
a = -(2**524288)
b = -(2**1048576)
print((b // a).bit_length(), b % a, divmod(b, a - 1)[1].bit_length())
x = 3**200000 + 12345
y = 7**90000 - 1
q, r = divmod(x * y + 17, y)
print(q == x, r, (x * x) // (x + 1) == x - 1, (x * x) % (x + 1))
m = 2
for i in range(19):
    m = -(m * m)
    if i > 14:
        print(i, m.bit_length(), (m // (m // 3 + 1)), m % 1000003)
