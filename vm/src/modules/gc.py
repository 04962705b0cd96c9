# The `gc` module of Rumba. Rumba's collector is a mark-and-sweep over
# the whole heap, so there are no generations and every collection is
# complete. `collect()` asks for one at the next safe point of the
# interpreter and returns None, as PyPy's does (the count CPython gives
# of unreachable objects in cycles has no meaning here); `disable()` is
# recorded but does not stop collections, which are the only way Rumba
# frees memory.

DEBUG_STATS = 1
DEBUG_COLLECTABLE = 2
DEBUG_UNCOLLECTABLE = 4
DEBUG_SAVEALL = 32
DEBUG_LEAK = 38

garbage = []
callbacks = []

_enabled = True
_debug = 0
_thresholds = (700, 10, 10)


def collect(generation=2):
    if not isinstance(generation, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(generation).__name__)
    if generation < 0 or generation > 2:
        raise ValueError("invalid generation")
    _native_request_collection()
    return None


def enable():
    global _enabled
    _enabled = True


def disable():
    global _enabled
    _enabled = False


def isenabled():
    return _enabled


def get_debug():
    return _debug


def set_debug(flags):
    global _debug
    _debug = flags


def get_threshold():
    return _thresholds


def set_threshold(threshold0, threshold1=None, threshold2=None):
    global _thresholds
    old = _thresholds
    _thresholds = (threshold0,
                   old[1] if threshold1 is None else threshold1,
                   old[2] if threshold2 is None else threshold2)


def get_count():
    return (0, 0, 0)


def get_stats():
    return [{"collections": 0, "collected": 0, "uncollectable": 0} for _ in range(3)]


def freeze():
    pass


def unfreeze():
    pass


def get_freeze_count():
    return 0


def is_tracked(obj):
    # CPython tracks containers and instances, not atoms.
    return not isinstance(obj, (int, float, complex, str, bytes, type(None)))


def is_finalized(obj):
    return False
