# The `timeit` module of Rumba: CPython 3.11's timers of small snippets,
# written for Rumba from the module's documented behaviour. A statement
# given as text is compiled into a timing function as CPython's template
# does (setup once, then the statement `number` times in a loop), so its
# loop is an ordinary loop that the JIT compiles; a callable is called in
# that loop instead.

import time

__all__ = ["Timer", "timeit", "repeat", "default_timer"]

default_number = 1000000
default_repeat = 5
default_timer = time.perf_counter

dummy_src_name = "<timeit-src>"

_TEMPLATE = """
def inner(_it, _timer{init}):
    {setup}
    _t0 = _timer()
    for _i in _it:
        {stmt}
        pass
    _t1 = _timer()
    return _t1 - _t0
"""


def _reindent(src, indent):
    """The lines of `src` after the first, indented by `indent` spaces."""
    return src.replace("\n", "\n" + " " * indent)


class Timer:
    """Times `stmt` after running `setup` once: each a str of statements
    or a callable taking no arguments."""

    def __init__(self, stmt="pass", setup="pass", timer=default_timer, globals=None):
        self.timer = timer
        local_ns = {}
        global_ns = {} if globals is None else globals
        init = ""
        if isinstance(setup, str):
            compile(setup, dummy_src_name, "exec")
            stmtprefix = setup + "\n"
            setup = _reindent(setup, 4)
        elif callable(setup):
            local_ns["_setup"] = setup
            init += ", _setup=_setup"
            stmtprefix = ""
            setup = "_setup()"
        else:
            raise ValueError("setup is neither a string nor callable")
        if isinstance(stmt, str):
            compile(stmtprefix + stmt, dummy_src_name, "exec")
            stmt = _reindent(stmt, 8)
        elif callable(stmt):
            local_ns["_stmt"] = stmt
            init += ", _stmt=_stmt"
            stmt = "_stmt()"
        else:
            raise ValueError("stmt is neither a string nor callable")
        src = _TEMPLATE.format(stmt=stmt, setup=setup, init=init)
        self.src = src
        code = compile(src, dummy_src_name, "exec")
        exec(code, global_ns, local_ns)
        self.inner = local_ns["inner"]

    def timeit(self, number=default_number):
        """Seconds taken to run the statement `number` times."""
        return self.inner(range(number), self.timer)

    def repeat(self, repeat=default_repeat, number=default_number):
        """`timeit(number)` `repeat` times: the list of their seconds."""
        return [self.timeit(number) for _ in range(repeat)]

    def autorange(self, callback=None):
        """The smallest number of runs in 1, 2, 5, 10, 20, 50... that take
        at least 0.2 s, and their time: `(number, seconds)`."""
        i = 1
        while True:
            for j in 1, 2, 5:
                number = i * j
                time_taken = self.timeit(number)
                if callback:
                    callback(number, time_taken)
                if time_taken >= 0.2:
                    return (number, time_taken)
            i *= 10

    def print_exc(self, file=None):
        raise NotImplementedError("'timeit.Timer.print_exc' is not supported by Rumba")


def timeit(stmt="pass", setup="pass", timer=default_timer, number=default_number, globals=None):
    """Seconds taken to run `stmt` `number` times, after `setup`."""
    return Timer(stmt, setup, timer, globals).timeit(number)


def repeat(stmt="pass", setup="pass", timer=default_timer, repeat=default_repeat, number=default_number,
           globals=None):
    """`timeit` `repeat` times: the list of their seconds."""
    return Timer(stmt, setup, timer, globals).repeat(repeat, number)
