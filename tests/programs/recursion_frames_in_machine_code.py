# Recursive calls whose frames compiled code makes and takes down itself:
# unbound locals of a fresh frame, returns to two call sites, the
# recursion limit, and a stack that must grow under deep recursion.


def walk(n, seen, skip):
    # `tag` is unbound in the call where n == skip: a new frame's other
    # slots start unbound, though the frame of the call before at the same
    # depth bound them (the trace, recorded where all bind it, leaves at
    # the branch and the interpreter reads the slot).
    if n != skip:
        tag = n * 2
    try:
        seen.append(tag)
    except UnboundLocalError:
        seen.append(-1)
    if n <= 0:
        return 0
    return walk(n - 1, seen, skip) + 1


sums = []
for round in range(60):
    seen = []
    walk(12, seen, -1 if round < 30 else round % 13)
    sums.append(sum(seen))
print(sums)


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


print([fib(k) for k in range(22)])


def depth(n):
    if n == 0:
        return 0
    return 1 + depth(n - 1)


# Deep enough to grow the value stack past its first room more than once.
print(depth(900))
total = 0
for k in range(300):
    total += depth(k % 50)
print(total)


deepest = 0


def dive(n):
    global deepest
    deepest = n
    return dive(n + 1) + 1


# The recursion limit stops the same call with compiled frames as without.
for attempt in range(3):
    try:
        dive(0)
    except RecursionError as e:
        print("RecursionError:", e, deepest)
print(depth(10))


class Node:
    def __init__(self, value, left=None, right=None):
        self.value = value
        self.left = left
        self.right = right


def build(d):
    if d == 0:
        return None
    return Node(d, build(d - 1), build(d - 1))


def count(t):
    if t is None:
        return 0
    return 1 + count(t.left) + count(t.right)


def ack(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ack(m - 1, 1)
    return ack(m - 1, ack(m, n - 1))


print(count(build(12)), ack(2, 300))


def gen_rec(n):
    if n > 0:
        yield from gen_rec(n - 1)
    yield fib(n % 12)


print(sum(gen_rec(200)))
