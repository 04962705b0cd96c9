# An uncaught TypeError from a class pattern, with its traceback.
class P:
    __match_args__ = ("x",)

    def __init__(self, x):
        self.x = x


def f(v):
    match v:
        case P(a, b):
            return a


print("before")
f(P(1))
