# The `abc` module of Rumba: abstract base classes over Rumba's
# metaclasses (vm/src/metaclass.rs). A class whose `__abstractmethods__`
# is not empty cannot be instantiated (the VM checks it where instances
# are made, as CPython's object.__new__ does); `register` makes virtual
# subclasses that isinstance() and issubclass() see through the
# metaclass's hooks.

__all__ = [
    'ABCMeta', 'ABC', 'abstractmethod', 'abstractclassmethod', 'abstractstaticmethod',
    'abstractproperty', 'get_cache_token', 'update_abstractmethods',
]


def abstractmethod(funcobj):
    funcobj.__isabstractmethod__ = True
    return funcobj


# Deprecated in CPython, kept for old code: the descriptor of an
# abstract function (Rumba's classmethod, staticmethod and property
# cannot be subclassed).
def abstractclassmethod(callable):
    callable.__isabstractmethod__ = True
    return classmethod(callable)


def abstractstaticmethod(callable):
    callable.__isabstractmethod__ = True
    return staticmethod(callable)


def abstractproperty(fget=None, fset=None, fdel=None, doc=None):
    if fget is not None:
        fget.__isabstractmethod__ = True
    return property(fget, fset, fdel, doc)


_cache_token = [0]


def get_cache_token():
    return _cache_token[0]


def _is_abstract(value):
    if getattr(value, '__isabstractmethod__', False):
        return True
    # A property, class method or static method is abstract when the
    # function inside it is.
    for part in ('fget', 'fset', 'fdel', '__func__'):
        inner = getattr(value, part, None)
        if inner is not None and getattr(inner, '__isabstractmethod__', False):
            return True
    return False


def _lookup(cls, name):
    for klass in cls.__mro__:
        namespace = klass.__dict__
        if name in namespace:
            return namespace[name]
    return None


def update_abstractmethods(cls):
    if not hasattr(cls, '__abstractmethods__'):
        return cls
    abstracts = set()
    for base in cls.__bases__:
        for name in getattr(base, '__abstractmethods__', ()):
            if _is_abstract(_lookup(cls, name)):
                abstracts.add(name)
    for name, value in cls.__dict__.items():
        if _is_abstract(value):
            abstracts.add(name)
    cls.__abstractmethods__ = frozenset(abstracts)
    return cls


class ABCMeta(type):
    def __new__(mcls, name, bases, namespace, /, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        abstracts = {key for key, value in namespace.items() if _is_abstract(value)}
        for base in bases:
            for key in getattr(base, '__abstractmethods__', ()):
                if _is_abstract(_lookup(cls, key)):
                    abstracts.add(key)
        cls.__abstractmethods__ = frozenset(abstracts)
        cls._abc_registry = []
        _all_abcs.append(cls)
        return cls

    def register(cls, subclass):
        if not isinstance(subclass, type):
            raise TypeError("Can only register classes")
        if issubclass(subclass, cls):
            return subclass
        if issubclass(cls, subclass):
            raise RuntimeError("Refusing to create an inheritance cycle")
        cls._abc_registry.append(subclass)
        _cache_token[0] += 1
        return subclass

    def __instancecheck__(cls, instance):
        return cls.__subclasscheck__(type(instance))

    def __subclasscheck__(cls, subclass):
        if not isinstance(subclass, type):
            raise TypeError('issubclass() arg 1 must be a class')
        if cls in getattr(subclass, '__mro__', ()):
            return True
        hook = cls.__dict__.get('__subclasshook__')
        if hook is not None:
            answer = hook.__func__(cls, subclass) if hasattr(hook, '__func__') else hook(subclass)
            if answer is not NotImplemented:
                return bool(answer)
        # Registered classes, and those registered on the ABCs that derive
        # from this one.
        for klass in [cls] + [k for k in _all_abcs if cls in k.__mro__ and k is not cls]:
            for registered in klass.__dict__.get('_abc_registry', ()):
                if registered is subclass or issubclass(subclass, registered):
                    return True
        return False

    def _dump_registry(cls, file=None):
        print("Class: %s.%s" % (cls.__module__, cls.__qualname__), file=file)
        print("Inv. counter: %s" % get_cache_token(), file=file)

    def _abc_registry_clear(cls):
        cls._abc_registry.clear()

    def _abc_caches_clear(cls):
        pass


# Every ABC made, so a registration on a derived ABC counts for its bases.
_all_abcs = []


class ABC(metaclass=ABCMeta):
    __slots__ = ()
