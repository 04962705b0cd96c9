"""dataclasses, written for Rumba: the @dataclass decorator builds
__init__, __repr__, __eq__, ordering and __hash__ from a class's
annotations, plus field(), fields(), asdict(), astuple() and replace()."""

__all__ = ['dataclass', 'field', 'Field', 'FrozenInstanceError', 'InitVar',
           'KW_ONLY', 'MISSING', 'fields', 'asdict', 'astuple', 'replace',
           'is_dataclass']


class FrozenInstanceError(AttributeError):
    pass


class _Marker:
    """A named sentinel whose repr is its name."""

    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return self.name


MISSING = _Marker('MISSING')
_FIELD = _Marker('_FIELD')
_FIELD_CLASSVAR = _Marker('_FIELD_CLASSVAR')
_FIELD_INITVAR = _Marker('_FIELD_INITVAR')


class KW_ONLY:
    """Annotating a pseudo-field with this makes the fields after it keyword-only."""


class _InitVarOf:
    """InitVar[T]: an argument of __init__ handed to __post_init__, not stored."""

    def __init__(self, type):
        self.type = type

    def __repr__(self):
        t = self.type
        name = t.__name__ if isinstance(t, type) else repr(t)
        return 'dataclasses.InitVar[' + name + ']'


class _InitVarMaker:
    """`InitVar`: subscripted, it makes an InitVar[T] (Rumba has no
    __class_getitem__, so this is an object rather than a class)."""

    def __getitem__(self, type):
        return _InitVarOf(type)

    def __repr__(self):
        return 'dataclasses.InitVar'


InitVar = _InitVarMaker()


class Field:
    def __init__(self, default, default_factory, init, repr, hash, compare,
                 metadata, kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.metadata = {} if metadata is None else metadata
        self.kw_only = kw_only
        self._field_type = None

    def __repr__(self):
        return ('Field(name=' + repr(self.name) + ',type=' + repr(self.type)
                + ',default=' + repr(self.default) + ',default_factory='
                + repr(self.default_factory) + ',init=' + repr(self.init)
                + ',repr=' + repr(self.repr) + ',hash=' + repr(self.hash)
                + ',compare=' + repr(self.compare) + ',metadata='
                + repr(self.metadata) + ',kw_only=' + repr(self.kw_only)
                + ',_field_type=' + repr(self._field_type) + ')')


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True,
          hash=None, compare=True, metadata=None, kw_only=MISSING):
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError('cannot specify both default and default_factory')
    return Field(default, default_factory, init, repr, hash, compare,
                 metadata, kw_only)


def _names_marker(annotation, marker):
    """Whether a string annotation names `marker` (bare, typing.X or
    dataclasses.X, with or without a subscript)."""
    text = annotation.strip()
    for prefix in ('typing.', 'dataclasses.'):
        if text.startswith(prefix):
            text = text[len(prefix):]
            break
    return text == marker or text.startswith(marker + '[')


def _kind_of(annotation):
    """_FIELD_CLASSVAR, _FIELD_INITVAR, KW_ONLY or _FIELD for an annotation."""
    if isinstance(annotation, str):
        if _names_marker(annotation, 'ClassVar'):
            return _FIELD_CLASSVAR
        if _names_marker(annotation, 'InitVar'):
            return _FIELD_INITVAR
        if _names_marker(annotation, 'KW_ONLY'):
            return KW_ONLY
        return _FIELD
    if annotation is KW_ONLY:
        return KW_ONLY
    if annotation is InitVar or isinstance(annotation, _InitVarOf):
        return _FIELD_INITVAR
    import typing
    classvar = typing.ClassVar
    if annotation is classvar or getattr(annotation, '__origin__', None) is classvar:
        return _FIELD_CLASSVAR
    return _FIELD


def _is_mutable_default(value):
    return type(value) in (list, dict, set)


def _collect_fields(cls, kw_only_default):
    """This class's own fields, in annotation order."""
    own = []
    kw_only = kw_only_default
    annotations = cls.__dict__.get('__annotations__', {})
    for name, annotation in annotations.items():
        kind = _kind_of(annotation)
        if kind is KW_ONLY:
            kw_only = True
            continue
        value = cls.__dict__.get(name, MISSING)
        if isinstance(value, Field):
            f = value
        else:
            f = field(default=value)
        f.name = name
        f.type = annotation
        f._field_type = kind
        if kind is _FIELD and _is_mutable_default(f.default):
            raise ValueError('mutable default ' + str(type(f.default))
                             + ' for field ' + name
                             + ' is not allowed: use default_factory')
        if f.kw_only is MISSING:
            f.kw_only = kw_only if kind is not _FIELD_CLASSVAR else False
        # A class attribute stays only as the plain default.
        if isinstance(value, Field):
            if f.default is MISSING:
                delattr(cls, name)
            else:
                setattr(cls, name, f.default)
        own.append(f)
    return own


def _make_methods(cls, text_body, names, locals_values):
    """Compile `text_body` (methods indented by one level) inside a
    __create_fn__ taking `names`, and return what it returns."""
    text = ('def __create_fn__(' + ', '.join(names) + '):\n' + text_body)
    create = _compile_create_fn(text, cls.__module__, cls.__qualname__)
    return create(*locals_values)


def _init_text(cls, all_fields, has_post_init, frozen):
    """The source of __init__ and the values it refers to. A frozen
    class's __init__ stores through object.__setattr__, past its own."""
    names = ['_MISSING', '_dflt_factory_marker', '_object']
    values = [MISSING, _HAS_FACTORY, object]
    positional = []
    keyword = []
    body = []
    seen_default = False
    for f in all_fields:
        if f._field_type is _FIELD_CLASSVAR or not f.init:
            continue
        if f.default is not MISSING:
            names.append('_dflt_' + f.name)
            values.append(f.default)
            param = f.name + '=_dflt_' + f.name
        elif f.default_factory is not MISSING:
            param = f.name + '=_dflt_factory_marker'
        else:
            param = f.name
        if f.kw_only:
            keyword.append(param)
            continue
        if f.default is MISSING and f.default_factory is MISSING:
            if seen_default:
                raise TypeError('non-default argument ' + repr(f.name)
                                + ' follows default argument')
        else:
            seen_default = True
        positional.append(param)
    for f in all_fields:
        if f._field_type is not _FIELD:
            continue
        if f.default_factory is not MISSING:
            names.append('_factory_' + f.name)
            values.append(f.default_factory)
            if f.init:
                value = ('_factory_' + f.name + '() if ' + f.name
                         + ' is _dflt_factory_marker else ' + f.name)
            else:
                value = '_factory_' + f.name + '()'
        elif f.init:
            value = f.name
        elif f.default is not MISSING:
            names.append('_dflt_' + f.name)
            values.append(f.default)
            value = '_dflt_' + f.name
        else:
            continue
        if frozen:
            body.append("  _object.__setattr__(self, '" + f.name + "', " + value + ')')
        else:
            body.append('  self.' + f.name + ' = ' + value)
    if has_post_init:
        initvars = [f.name for f in all_fields if f._field_type is _FIELD_INITVAR]
        body.append('  self.__post_init__(' + ', '.join(initvars) + ')')
    params = ['self'] + positional
    if keyword:
        params = params + ['*'] + keyword
    if not body:
        body.append('  pass')
    text = (' def __init__(' + ', '.join(params) + '):\n '
            + '\n '.join(body) + '\n return __init__\n')
    return text, names, values


_HAS_FACTORY = _Marker('<factory>')

# Objects whose repr is being built, so a cycle prints "..." (per thread
# in CPython; Rumba runs one thread).
_repr_running = set()


def _make_repr(cls, shown):
    def __repr__(self):
        key = id(self)
        if key in _repr_running:
            return '...'
        _repr_running.add(key)
        try:
            parts = [name + '=' + repr(getattr(self, name)) for name in shown]
        finally:
            _repr_running.discard(key)
        return type(self).__qualname__ + '(' + ', '.join(parts) + ')'
    # pprint lays out a dataclass by its fields only under this repr.
    __repr__._dataclass_fields_repr = True
    return __repr__


def _fields_tuple(instance, names):
    """The source of a tuple of `instance`'s fields: `(self.x,self.y,)`."""
    return '(' + ''.join([instance + '.' + name + ',' for name in names]) + ')'


# eq, the orderings and hash are compiled from source, as CPython's are:
# plain attribute loads that a trace compiles, where getattr() by name
# would not be.
def _make_compare(cls, name, op, names):
    text = (' def ' + name + '(self, other):\n'
            '  if other.__class__ is self.__class__:\n'
            '   return ' + _fields_tuple('self', names) + op
            + _fields_tuple('other', names) + '\n'
            '  return NotImplemented\n'
            ' return ' + name + '\n')
    return _make_methods(cls, text, [], [])


def _make_hash(cls, names):
    text = (' def __hash__(self):\n'
            '  return hash(' + _fields_tuple('self', names) + ')\n'
            ' return __hash__\n')
    return _make_methods(cls, text, [], [])


def _make_frozen_setattr(cls, field_names):
    # A subclass that is no dataclass may set its own attributes, as in
    # CPython; the fields stay frozen in every subclass.
    def __setattr__(self, name, value):
        if type(self) is cls or name in field_names:
            raise FrozenInstanceError('cannot assign to field ' + repr(name))
        super(cls, self).__setattr__(name, value)
    return __setattr__


def _make_frozen_delattr(cls, field_names):
    def __delattr__(self, name):
        if type(self) is cls or name in field_names:
            raise FrozenInstanceError('cannot delete field ' + repr(name))
        super(cls, self).__delattr__(name)
    return __delattr__


def _set_method(cls, name, function):
    # CPython makes every method in the class's module, so its module is
    # the class's (doctest lists the methods of the module it tests).
    function.__module__ = cls.__module__
    function.__qualname__ = cls.__qualname__ + '.' + name
    setattr(cls, name, function)


def _process(cls, init, repr, eq, order, unsafe_hash, frozen, match_args,
             kw_only):
    inherited = {}
    dataclass_bases = False
    frozen_base = False
    for base in cls.__mro__[-1:0:-1]:
        base_fields = base.__dict__.get('__dataclass_fields__')
        if base_fields is not None:
            dataclass_bases = True
            frozen_base = frozen_base or base.__dataclass_params__[5]
            for f in base_fields.values():
                inherited[f.name] = f
    if dataclass_bases and frozen_base and not frozen:
        raise TypeError('cannot inherit non-frozen dataclass from a frozen one')
    if dataclass_bases and not frozen_base and frozen:
        raise TypeError('cannot inherit frozen dataclass from a non-frozen one')
    for f in _collect_fields(cls, kw_only):
        inherited[f.name] = f
    all_fields = list(inherited.values())
    cls.__dataclass_fields__ = inherited
    cls.__dataclass_params__ = (init, repr, eq, order, unsafe_hash, frozen)
    real = [f for f in all_fields if f._field_type is _FIELD]
    # Methods the class body wrote itself stay, as in CPython.
    if init and '__init__' not in cls.__dict__:
        text, names, values = _init_text(cls, all_fields,
                                         hasattr(cls, '__post_init__'), frozen)
        cls.__init__ = _make_methods(cls, text, names, values)
    if repr and '__repr__' not in cls.__dict__:
        _set_method(cls, '__repr__', _make_repr(cls, [f.name for f in real if f.repr]))
    compared = [f.name for f in real if f.compare]
    if eq and '__eq__' not in cls.__dict__:
        _set_method(cls, '__eq__', _make_compare(cls, '__eq__', '==', compared))
    if order:
        ops = (('__lt__', '<'), ('__le__', '<='), ('__gt__', '>'), ('__ge__', '>='))
        for name, op in ops:
            if name in cls.__dict__:
                raise TypeError('Cannot overwrite attribute %s in class %s. '
                                'Consider using functools.total_ordering'
                                % (name, cls.__name__))
            _set_method(cls, name, _make_compare(cls, name, op, compared))
    has_own_hash = '__hash__' in cls.__dict__ and cls.__dict__['__hash__'] is not None
    if unsafe_hash and has_own_hash:
        raise TypeError('Cannot overwrite attribute __hash__ in class %s' % cls.__name__)
    if unsafe_hash or (eq and frozen and not has_own_hash):
        hashed = [f.name for f in real
                  if (f.compare if f.hash is None else f.hash)]
        _set_method(cls, '__hash__', _make_hash(cls, hashed))
    elif eq and not has_own_hash:
        cls.__hash__ = None
    if frozen:
        field_names = tuple([f.name for f in real])
        for name, method in (('__setattr__', _make_frozen_setattr(cls, field_names)),
                             ('__delattr__', _make_frozen_delattr(cls, field_names))):
            if name in cls.__dict__:
                raise TypeError('Cannot overwrite attribute ' + name
                                + ' in class ' + cls.__name__)
            _set_method(cls, name, method)
    if match_args and '__match_args__' not in cls.__dict__:
        cls.__match_args__ = tuple([f.name for f in all_fields
                                    if f._field_type is _FIELD and f.init and not f.kw_only])
    return cls


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False,
              unsafe_hash=False, frozen=False, match_args=True,
              kw_only=False, slots=False, weakref_slot=False):
    def wrap(cls):
        cls = _process(cls, init, repr, eq, order, unsafe_hash, frozen,
                       match_args, kw_only)
        if weakref_slot and not slots:
            raise TypeError('weakref_slot is True but slots is False')
        if slots:
            cls = _add_slots(cls, frozen, weakref_slot)
        return cls
    if cls is None:
        return wrap
    return wrap(cls)


def _get_slots(cls):
    slots = cls.__dict__.get('__slots__')
    if slots is None:
        return []
    if isinstance(slots, str):
        return [slots]
    if hasattr(slots, '__next__'):
        raise TypeError("Slots of '" + cls.__name__ + "' cannot be determined")
    return list(slots)


def _dataclass_getstate(self):
    return [getattr(self, f.name) for f in fields(self)]


def _dataclass_setstate(self, state):
    for field, value in zip(fields(self), state):
        object.__setattr__(self, field.name, value)


def _add_slots(cls, is_frozen, weakref_slot):
    """slots=True: the class made again, its fields as __slots__ (those a
    base does not already have), their defaults no longer class
    attributes (its __init__ holds them)."""
    if '__slots__' in cls.__dict__:
        raise TypeError(cls.__name__ + ' already specifies __slots__')
    cls_dict = dict(cls.__dict__)
    field_names = tuple([f.name for f in fields(cls)])
    inherited = set()
    for base in cls.__mro__[1:-1]:
        inherited.update(_get_slots(base))
    own = [name for name in field_names if name not in inherited]
    if weakref_slot and '__weakref__' not in inherited:
        own.append('__weakref__')
    cls_dict['__slots__'] = tuple(own)
    for name in field_names:
        cls_dict.pop(name, None)
    cls_dict.pop('__dict__', None)
    cls_dict.pop('__weakref__', None)
    qualname = cls.__qualname__
    cls = type(cls)(cls.__name__, cls.__bases__, cls_dict)
    cls.__qualname__ = qualname
    if is_frozen:
        if '__getstate__' not in cls_dict:
            cls.__getstate__ = _dataclass_getstate
        if '__setstate__' not in cls_dict:
            cls.__setstate__ = _dataclass_setstate
    return cls


def fields(class_or_instance):
    try:
        table = class_or_instance.__dataclass_fields__
    except AttributeError:
        raise TypeError('must be called with a dataclass type or instance') from None
    return tuple([f for f in table.values() if f._field_type is _FIELD])


def is_dataclass(obj):
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, '__dataclass_fields__')


def _is_instance(obj):
    return hasattr(type(obj), '__dataclass_fields__')


def _convert(value, make):
    """Deep copy of `value` with each dataclass instance turned by `make`."""
    if _is_instance(value):
        return make(value)
    if isinstance(value, tuple) and hasattr(value, '_fields'):
        return type(value)(*[_convert(v, make) for v in value])
    if isinstance(value, (list, tuple)):
        return type(value)(_convert(v, make) for v in value)
    if isinstance(value, dict):
        return type(value)((_convert(k, make), _convert(v, make))
                           for k, v in value.items())
    return value


def asdict(obj, *, dict_factory=dict):
    if not _is_instance(obj):
        raise TypeError('asdict() should be called on dataclass instances')

    def make(instance):
        return dict_factory([(f.name, _convert(getattr(instance, f.name), make))
                             for f in fields(instance)])
    return make(obj)


def astuple(obj, *, tuple_factory=tuple):
    if not _is_instance(obj):
        raise TypeError('astuple() should be called on dataclass instances')

    def make(instance):
        return tuple_factory([_convert(getattr(instance, f.name), make)
                              for f in fields(instance)])
    return make(obj)


def replace(obj, /, **changes):
    if not _is_instance(obj):
        raise TypeError('replace() should be called on dataclass instances')
    for f in obj.__dataclass_fields__.values():
        if f._field_type is _FIELD_CLASSVAR:
            continue
        if not f.init:
            if f.name in changes:
                raise ValueError('field ' + f.name + ' is declared with '
                                 'init=False, it cannot be specified with replace()')
            continue
        if f.name not in changes:
            if f._field_type is _FIELD_INITVAR and f.default is MISSING:
                raise ValueError('InitVar ' + repr(f.name)
                                 + ' must be specified with replace()')
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)


# make_dataclass's `repr` parameter hides the built-in.
_builtin_repr = repr

_KEYWORDS = frozenset([
    'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await',
    'break', 'class', 'continue', 'def', 'del', 'elif', 'else', 'except',
    'finally', 'for', 'from', 'global', 'if', 'import', 'in', 'is',
    'lambda', 'nonlocal', 'not', 'or', 'pass', 'raise', 'return', 'try',
    'while', 'with', 'yield'])


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, init=True,
                   repr=True, eq=True, order=False, unsafe_hash=False,
                   frozen=False, match_args=True, kw_only=False, slots=False,
                   weakref_slot=False):
    """A dataclass made from a list of fields: a name, (name, type) or
    (name, type, default-or-field)."""
    if namespace is None:
        namespace = {}
    seen = set()
    annotations = {}
    defaults = {}
    for item in fields:
        if isinstance(item, str):
            name = item
            tp = 'typing.Any'
        elif len(item) == 2:
            name, tp = item
        elif len(item) == 3:
            name, tp, spec = item
            defaults[name] = spec
        else:
            raise TypeError('Invalid field: ' + _builtin_repr(item))
        if not isinstance(name, str) or not name.isidentifier():
            raise TypeError('Field names must be valid identifiers: ' + _builtin_repr(name))
        if name in _KEYWORDS:
            raise TypeError('Field names must not be keywords: ' + _builtin_repr(name))
        if name in seen:
            raise TypeError('Field name duplicated: ' + _builtin_repr(name))
        seen.add(name)
        annotations[name] = tp
    ns = dict(namespace)
    ns.update(defaults)
    ns['__annotations__'] = annotations
    cls = type(cls_name, tuple(bases), ns)
    # CPython 3.11 makes the class inside types.new_class, whose module
    # it takes.
    cls.__module__ = 'types'
    return dataclass(cls, init=init, repr=repr, eq=eq, order=order,
                     unsafe_hash=unsafe_hash, frozen=frozen,
                     match_args=match_args, kw_only=kw_only, slots=slots,
                     weakref_slot=weakref_slot)
