# Private names: `__spam` inside a class body is `_Class__spam`, so a
# subclass's `__spam` is a name of its own (CPython's name mangling).


class Account:
    __count = 0  # a class attribute, stored as _Account__count

    def __init__(self, owner, balance):
        self.__owner = owner
        self.__balance = balance
        Account.__count += 1

    def __audit(self):
        return f"{self.__owner}: {self.__balance}"

    def report(self):
        return self.__audit()

    @classmethod
    def count(cls):
        return cls.__count

    def __repr__(self):  # dunders are not mangled
        return f"Account({self.__owner!r})"


class Savings(Account):
    def __init__(self, owner, balance, rate):
        super().__init__(owner, balance)
        self.__balance = balance * rate  # another name than Account's

    def both(self):
        return self._Account__balance, self.__balance


a = Account("ann", 10)
s = Savings("bob", 100, 2)
print(a.report(), s.report(), s.both(), Account.count())
print(sorted(k for k in vars(s)))
print(sorted(k for k in Account.__dict__ if "count" in k or "audit" in k))
print(Account._Account__audit.__name__, Account._Account__audit.__qualname__)
print(repr(a), hasattr(a, "__owner"), hasattr(a, "_Account__owner"))
try:
    a.__owner
except AttributeError as e:
    print("AttributeError:", e)


class _Leading:
    def __init__(self):
        self.__x = 1  # _Leading__x: the class's leading underscore dropped


class ___:
    def __init__(self):
        self.__x = 2  # a class named only underscores mangles nothing


print(vars(_Leading()), vars(___()))


# Parameters, locals, globals, comprehensions, lambdas, nested functions
# and nested classes inside a class body are mangled too.
__shared = "module"


class Mixed:
    def method(self, __arg=3):
        __local = __arg * 2
        doubled = [__v * 2 for __v in range(__local)]
        grab = lambda __y: __y + __local
        return doubled[-1], grab(1), locals().get("_Mixed__local")

    def reads_global(self):
        try:
            return __shared  # looks up _Mixed__shared
        except NameError as e:
            return "NameError: " + str(e)

    def nested(self):
        def inner():
            return self.__hidden

        self.__hidden = "in"
        return inner()

    class __Inner:
        def where(self):
            self.__deep = 1
            return sorted(vars(self))

    def inner_class(self):
        return self.__Inner().where(), type(self.__Inner()).__name__, type(self.__Inner()).__qualname__


m = Mixed()
print(m.method(), m.method(_Mixed__arg=1))
print(m.reads_global())
print(m.nested(), m.inner_class())
_Mixed__shared = "mangled global"
print(m.reads_global())


# Exceptions, walrus, global statements and match patterns.
class Errors:
    def run(self, n):
        try:
            raise ValueError(n)
        except ValueError as __err:
            caught = __err
        if (__w := n + 1) > 1:
            pass
        return repr(caught), __w

    def bind_global(self):
        global __g
        __g = "set"

    def pattern(self, v):
        match v:
            case [__first, *__rest]:
                return __first, __rest
            case {"k": __val}:
                return __val
        return None


e = Errors()
print(e.run(5))
e.bind_global()
print(_Errors__g)
print(e.pattern([1, 2, 3]), e.pattern({"k": "v"}))


# getattr with a string is not mangled; keyword arguments are not.
class Strings:
    def __init__(self):
        self.__s = "x"

    def get(self):
        return getattr(self, "__s", "absent"), getattr(self, "_Strings__s")

    def call(self, f):
        return f(__kw=1)


print(Strings().get())
print(Strings().call(lambda **kw: sorted(kw)))
