# Adds and subtracts that overflow 64 bits inside compiled code. The
# trace writes the result over an operand it no longer needs, but the
# exit needs it: the interpreter redoes the operation, with big ints.
def scaled(x, k):
    return x * 3 + k


def lowered(x, k):
    return x * 3 - k


def bumped(x):
    return x * 3 + 9


def dropped(x):
    return x * 3 - 9


big = 3074457345618258600
for k in range(40):
    print(k, scaled(big, k), lowered(-big, k), bumped(big + (k >= 25)), dropped(-big - (k >= 30)))

# A loop-carried sum that leaves 64 bits part-way through the loop.
acc = 2 ** 62
low = -(2 ** 62)
for i in range(100):
    acc = acc + 2 ** 56
    low = low - 2 ** 56
    if i % 10 == 9:
        print(i, acc, low)
print(acc, low)

# The same add in a loop body whose calls the loop head ticks for.
def step(v, d):
    return v + d


total = 9223372036854775000
for i in range(60):
    total = step(total, i)
    if total > 9223372036854775807:
        print("left 64 bits at", i, total)
        total -= 2000
print(total)
