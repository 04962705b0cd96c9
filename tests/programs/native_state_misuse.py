# Classes written in Rust keep a native state in their instances. Each
# misuse below once reached Rust code that assumed the state's kind (or
# a deque, a tee, a named tuple's fields as they were) and stopped the
# process; each is now the Python error CPython gives (by type here,
# where the messages differ), or CPython's answer.
import collections
import functools
import itertools
import random


def attempt(label, f):
    try:
        print(label, f())
    except (TypeError, ValueError, RuntimeError, IndexError) as e:
        print(label, type(e).__name__)


# Methods of the dict-like classes given other objects.
attempt("OrderedDict.__len__(count)", lambda: collections.OrderedDict.__len__(itertools.count()))
attempt("OrderedDict.keys(globals())", lambda: collections.OrderedDict.keys(globals()))

# __init__ of one native class run on an instance of another (CPython's
# itertools classes take their arguments in `__new__`: see
# tests/robustness.rs for those).
r = random.Random(7)
attempt("OrderedDict.__init__(Random)", lambda: collections.OrderedDict.__init__(r, a=1))
print(r.randrange(100))
p = functools.partial(len)
attempt("OrderedDict.__init__(partial)", lambda: collections.OrderedDict.__init__(p, 1))
print(p("abc"))

# Named tuple methods without a named tuple.
P = collections.namedtuple("P", "x y")
attempt("P.__init__()", lambda: P.__init__())
attempt("P.__repr__()", lambda: P.__repr__())
attempt("P._asdict()", lambda: P._asdict())
attempt("P.__repr__(deque)", lambda: P.__repr__(collections.deque()))
pt = P(1, 2)
P._fields = ("x", "y", "z")
attempt("_replace(z=3)", lambda: pt._replace(z=3))
attempt("_make.__func__(instance)", lambda: P._make.__func__(pt, [3, 4]))
print(pt._replace(x=5))
P._field_defaults = 5
attempt("P(1)", lambda: P(1))


# A tee whose source steps a tee of the same source.
class Source:
    i = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.i += 1
        if self.i == 41:
            for _ in range(45):
                next(b)
        return self.i


a, b = itertools.tee(Source())
attempt("tee re-entered", lambda: [next(a) for _ in range(41)])


# A deque changed by the __eq__ its search calls.
class Mutator:
    def __init__(self, change, answer):
        self.change, self.answer = change, answer

    def __eq__(self, other):
        self.change()
        return self.answer


for name, change in [("clear", lambda: q.clear()), ("append", lambda: q.append(9)), ("pop", lambda: q.pop())]:
    for method in ["remove", "index", "__contains__", "count"]:
        for answer in [False, True]:
            q = collections.deque([1, 2, 3])
            attempt(f"{name} in {method} ({answer})", lambda: getattr(q, method)(Mutator(change, answer)))
            print(q)
