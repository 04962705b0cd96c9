"""The parts of `functools` written in Python: `cached_property`,
`singledispatch`, `singledispatchmethod` and `partialmethod`. `functools.rs` copies them
into the module; `update_wrapper` and `partial` are its native ones,
given to this module when it is made.

Each class says it belongs to `functools`, as CPython's do, so reprs and
error messages name it so.
"""

_NOT_CACHED = object()


class cached_property:
    """A method whose result, computed on the first read, is stored in
    the instance's __dict__ under the method's name. Having no __set__,
    it is a non-data descriptor: the stored value hides it afterwards,
    and `del obj.name` makes the next read compute again."""

    def __init__(self, func):
        self.func = func
        self.attrname = None
        self.__doc__ = func.__doc__

    def __set_name__(self, owner, name):
        if self.attrname is None:
            self.attrname = name
        elif name != self.attrname:
            raise TypeError(
                "Cannot assign the same cached_property to two different names "
                "(" + repr(self.attrname) + " and " + repr(name) + ").")

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        name = self.attrname
        if name is None:
            raise TypeError(
                "Cannot use cached_property instance without calling __set_name__ on it.")
        try:
            stored = instance.__dict__
        except AttributeError:
            raise TypeError(
                "No '__dict__' attribute on " + repr(type(instance).__name__)
                + " instance to cache " + repr(name) + " property.") from None
        value = stored.get(name, _NOT_CACHED)
        if value is _NOT_CACHED:
            value = self.func(instance)
            stored[name] = value
        return value


cached_property.__module__ = 'functools'


def _is_union(annotation):
    return type(annotation).__name__ == 'UnionType'


def _mro_of(cls):
    try:
        return cls.__mro__
    except AttributeError:
        return (cls, object)


def singledispatch(func):
    """A function that runs the implementation registered for the class
    of its first argument (the nearest class in that class's MRO that
    has one), else `func`."""
    registry = {object: func}
    found = {}

    def dispatch(cls):
        impl = found.get(cls)
        if impl is None:
            for base in _mro_of(cls):
                impl = registry.get(base)
                if impl is not None:
                    break
            if impl is None:
                impl = func
            found[cls] = impl
        return impl

    def register(cls, func=None):
        if isinstance(cls, type) or _is_union(cls):
            if func is None:
                return lambda f: register(cls, f)
        else:
            if func is not None:
                raise TypeError(
                    "Invalid first argument to `register()`. "
                    + repr(cls) + " is not a class or union type.")
            # @f.register on a function: the class is its first
            # parameter's annotation.
            func = cls
            annotated = func
            if _is_method_wrapper(func):
                annotated = func.__func__
            annotations = getattr(annotated, '__annotations__', None) or {}
            params = [(k, v) for k, v in annotations.items() if k != 'return']
            if not params:
                raise TypeError(
                    "Invalid first argument to `register()`: " + repr(func)
                    + ". Use either `@register(some_class)` or plain `@register` "
                    "on an annotated function.")
            argname, cls = params[0]
            if not (isinstance(cls, type) or _is_union(cls)):
                raise TypeError(
                    "Invalid annotation for " + repr(argname) + ". "
                    + repr(cls) + " is not a class.")
        if _is_union(cls):
            for member in cls.__args__:
                registry[member] = func
        else:
            registry[cls] = func
        found.clear()
        return func

    def wrapper(*args, **kw):
        if not args:
            raise TypeError(funcname + ' requires at least 1 positional argument')
        return dispatch(args[0].__class__)(*args, **kw)

    funcname = getattr(func, '__name__', 'singledispatch function')
    wrapper.register = register
    wrapper.dispatch = dispatch
    wrapper.registry = registry
    wrapper._clear_cache = found.clear
    update_wrapper(wrapper, func)
    return wrapper


def _is_method_wrapper(func):
    return type(func).__name__ in ('classmethod', 'staticmethod')


def _bind(method, obj, cls):
    """`method` as read through `obj` (or class `cls`): what its
    descriptor protocol gives."""
    kind = type(method).__name__
    if kind == 'staticmethod':
        return method.__func__
    if kind == 'classmethod':
        return partial(method.__func__, cls)
    if obj is None:
        return method
    return partial(method, obj)


class singledispatchmethod:
    """`singledispatch` for methods: dispatches on the first argument
    after `self` (or `cls`)."""

    def __init__(self, func):
        if not (callable(func) or hasattr(func, '__get__') or _is_method_wrapper(func)):
            raise TypeError(repr(func) + ' is not callable or a descriptor')
        self.dispatcher = singledispatch(func)
        self.func = func

    def register(self, cls, method=None):
        return self.dispatcher.register(cls, func=method)

    def __get__(self, obj, cls=None):
        dispatcher = self.dispatcher

        def _method(*args, **kwargs):
            method = dispatcher.dispatch(args[0].__class__)
            return _bind(method, obj, cls)(*args, **kwargs)

        _method.register = self.register
        update_wrapper(_method, self.func)
        return _method


singledispatchmethod.__module__ = 'functools'


class partialmethod:
    """`partial` for methods: read through an instance, the method bound
    to it with the stored arguments first."""

    def __init__(self, func, /, *args, **keywords):
        if not callable(func) and not hasattr(func, '__get__') and not _is_method_wrapper(func):
            raise TypeError(repr(func) + ' is not callable or a descriptor')
        if isinstance(func, partialmethod):
            self.func = func.func
            self.args = func.args + args
            self.keywords = {**func.keywords, **keywords}
        else:
            self.func = func
            self.args = args
            self.keywords = keywords

    def __repr__(self):
        parts = [repr(self.func)] + [repr(a) for a in self.args]
        parts += [k + '=' + repr(v) for k, v in self.keywords.items()]
        return 'functools.partialmethod(' + ', '.join(parts) + ')'

    def __get__(self, obj, cls=None):
        if _is_method_wrapper(self.func) or obj is not None:
            return partial(_bind(self.func, obj, cls), *self.args, **self.keywords)
        func, stored, stored_keywords = self.func, self.args, self.keywords

        def _method(cls_or_self, /, *args, **keywords):
            return func(cls_or_self, *stored, *args, **{**stored_keywords, **keywords})

        _method.__partialmethod__ = self
        return _method


partialmethod.__module__ = 'functools'
