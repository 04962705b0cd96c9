e = ValueError("a", 1)
print(repr(e), str(e), e.args)
print(repr(ValueError()), str(ValueError()) == "", repr(KeyError("k")), str(KeyError("k")))
print(isinstance(e, Exception), isinstance(e, BaseException), issubclass(KeyError, LookupError))
print(issubclass(ZeroDivisionError, ArithmeticError), issubclass(RecursionError, RuntimeError))
print([c.__name__ for c in IndexError.__mro__])
print(ValueError, type(e).__name__, type(e) is ValueError)
class Custom(ValueError):
    def __str__(self):
        return "custom text"
c = Custom(1, 2)
print(str(c), repr(c), c.args, isinstance(c, ValueError))
