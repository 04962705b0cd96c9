"""Stand-in for numba on CPython: jit/njit return the function unchanged."""


def _decorator(*args, **kwargs):
    if len(args) == 1 and callable(args[0]) and not kwargs:
        return args[0]
    return lambda f: f


jit = njit = _decorator
