"""Stand-in for numba on CPython and PyPy: jit/njit return the function unchanged.

Usable bare (`@njit`) or with arguments (`@njit(cache=True)`), like the real
decorators, so the benchmark programs run unchanged without Numba installed.
"""


def _decorator(*args, **kwargs):
    if len(args) == 1 and callable(args[0]) and not kwargs:
        return args[0]
    return lambda f: f


jit = njit = _decorator
