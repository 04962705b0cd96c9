# A loop with no call out and no global store of its own checks a global's
# identity once, at the loop head: a global the loop rebinds on a rare path
# (a side exit) or between two runs of the loop must still be seen.

def double(x):
    return 2 * x


def triple(x):
    return 3 * x


f = double
scale = 10


def run(n):
    global f, scale
    s = 0
    for i in range(n):
        if i == 700:
            f = triple
        if i == 1500:
            scale = 0.5
        s += f(i) * scale
    return s


print(run(1000))
print(run(2000))
f = double
print(run(300))
scale = 7
print(run(300))


def step(x):
    return x + 1


def count(n):
    t = 0
    for i in range(n):
        t = step(t)
    return t


print(count(500))
step = lambda x: x - 1
print(count(500))
