# A local that one iteration turns from an int into a float (y = y / 2):
# the inner loop's trace was peeled as if y kept its type, so the compiled
# body divided the float's bits as an int and printed 2.305843009213694e+18
# (found by the diff_jit fuzz target; jit/src/opt/peel.rs).
def halve():
    for i in range(3):
        y = 4
        for j in range(2):
            y = y / 2
    return y


def flip(xs):
    for i in range(35):
        y = min(xs[i % len(xs)], 1000000.0)
        for j in range(5):
            y /= -1
    return y


def blend(n):
    total = 0
    for i in range(n):
        x = i
        for k in range(3):
            x = x * 0.5 + k
        total += x
    return total


def back_to_int(n):
    out = []
    for i in range(n):
        v = 1.5
        for k in range(4):
            v = int(v * 3) if k % 2 == 0 else v / 2
        out.append(v)
    return out[-3:]


print(halve(), flip([6, 5, 7.0, 7.0, 4]), blend(40), back_to_int(60))
