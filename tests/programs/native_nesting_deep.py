# Built-ins that call back into the script nest the interpreter on the host
# stack: min over a generator whose items call a cached function, sorted
# with a key that sorts, map of a function that maps. The command line gives
# the engine a large stack, so these nest as deep as CPython lets them.
from functools import cache


def chain_order(dims):
    @cache
    def a(i, j):
        return min(
            (a(i, k) + dims[i] * dims[k] * dims[j] + a(k, j) for k in range(i + 1, j)),
            default=0,
        )

    return a(0, len(dims) - 1)


print(chain_order(list(range(1, 120))))


def nested_sort(n):
    if n == 0:
        return [0]
    return sorted([n], key=lambda x: nested_sort(n - 1)[0] + x) + [n]


print(nested_sort(150)[:3])


def nested_map(n):
    if n == 0:
        return 0
    return sum(map(lambda _: nested_map(n - 1) + 1, [0]))


print(nested_map(150))


def runaway(n):
    return min(runaway(n + 1) for _ in [0])


try:
    runaway(0)
except RecursionError as e:
    print("RecursionError:", e)
