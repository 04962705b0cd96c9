# The `enum` module of Rumba: CPython 3.11's Enum, IntEnum, StrEnum, Flag
# and IntFlag, auto(), unique, member/nonmember, written over Rumba's
# metaclasses (vm/src/metaclass.rs).
#
# Where Rumba differs: a class body fills a plain dict (no __prepare__),
# so members and auto() values are found after the body ran, in its
# order; and Rumba cannot subclass int, str or float, so a data type
# mixed into an enum (`class Color(str, Enum)`, IntEnum, StrEnum,
# IntFlag) is stood in for by a class whose operators, comparisons,
# hash and methods are its value's: `Num.ONE + 1 == 2`, `Num.ONE == 1`,
# `hash(Color.RED) == hash('red')`, `Color.RED.upper()`. Such a member
# is not an instance of the data type itself (`isinstance(Num.ONE, int)`
# is False).

__all__ = [
    'EnumType', 'EnumMeta', 'Enum', 'IntEnum', 'StrEnum', 'Flag', 'IntFlag',
    'ReprEnum', 'auto', 'unique', 'property', 'verify', 'member', 'nonmember',
    'FlagBoundary', 'STRICT', 'CONFORM', 'EJECT', 'KEEP',
    'global_flag_repr', 'global_enum_repr', 'global_str', 'global_enum',
    'EnumCheck', 'CONTINUOUS', 'NAMED_FLAGS', 'UNIQUE', 'pickle_by_global_name',
    'pickle_by_enum_name', 'show_flag_values',
]

_builtin_property = property
_FunctionType = type(lambda: None)


class nonmember(object):
    def __init__(self, value):
        self.value = value


class member(object):
    def __init__(self, value):
        self.value = value


_DESCRIPTOR_TYPES = (_FunctionType, type(_builtin_property(len)), type(staticmethod(len)),
                     type(classmethod(len)))


_STATIC = type(staticmethod(len))
_PROPERTY = type(_builtin_property(len))


def _is_descriptor(obj):
    if isinstance(obj, _DESCRIPTOR_TYPES):
        return True
    return hasattr(obj, '__get__') or hasattr(obj, '__set__') or hasattr(obj, '__delete__')


def _is_dunder(name):
    return (len(name) > 4 and name[:2] == name[-2:] == '__'
            and name[2] != '_' and name[-3] != '_')


def _is_sunder(name):
    return (len(name) > 2 and name[0] == name[-1] == '_'
            and name[1:2] != '_' and name[-2:-1] != '_')


def _is_private(cls_name, name):
    prefix = '_%s__' % (cls_name,)
    return (len(name) > len(prefix) and name.startswith(prefix)
            and (name[-1] != '_' or name[-2] != '_'))


def _is_single_bit(num):
    if num == 0:
        return False
    return num & (num - 1) == 0


def _iter_bits_lsb(num):
    original = num
    if isinstance(num, Enum):
        num = num.value
    if num < 0:
        raise ValueError('%r is not a positive integer' % original)
    while num:
        bit = num & (~num + 1)
        yield bit
        num ^= bit


def show_flag_values(value):
    return list(_iter_bits_lsb(value))


_builtin_bin = bin


def bin(num, max_bits=None):
    # Two's complement for negative numbers; the first digit is the sign.
    ceiling = 2 ** (num).bit_length()
    if num >= 0:
        digits = _builtin_bin(num + ceiling).replace('1', '0', 1)
    else:
        digits = _builtin_bin(~num ^ (ceiling - 1) + ceiling)
    sign = digits[:3]
    digits = digits[3:]
    if max_bits is not None:
        if len(digits) < max_bits:
            digits = (sign[-1] * max_bits + digits)[-max_bits:]
    return "%s %s" % (sign, digits)


class _AutoNull:
    def __repr__(self):
        return '_auto_null'


_auto_null = _AutoNull()


class auto:
    def __init__(self, value=_auto_null):
        self.value = value

    def __repr__(self):
        return "auto(%r)" % (self.value,)


# `enum.property`: a property an enum's members have (Rumba's is the
# built-in one).
property = _builtin_property


class _MappingProxy:
    # The read-only view `__members__` gives.
    def __init__(self, mapping):
        self._mapping = mapping

    def __getitem__(self, key):
        return self._mapping[key]

    def __iter__(self):
        return iter(self._mapping)

    def __len__(self):
        return len(self._mapping)

    def __contains__(self, key):
        return key in self._mapping

    def keys(self):
        return self._mapping.keys()

    def values(self):
        return self._mapping.values()

    def items(self):
        return self._mapping.items()

    def get(self, key, default=None):
        return self._mapping.get(key, default)

    def copy(self):
        return dict(self._mapping)

    def __eq__(self, other):
        return self._mapping == other

    def __repr__(self):
        return 'mappingproxy(%r)' % (self._mapping,)

    def __str__(self):
        return str(self._mapping)


# ---- data types mixed into an enum ------------------------------------

def _unwrap(x):
    return x._value_ if isinstance(x, _DataMember) else x


class _DataMember:
    # A member that behaves as its value (an int, str or float).
    def __eq__(self, other):
        return self._value_ == _unwrap(other)

    def __ne__(self, other):
        return self._value_ != _unwrap(other)

    def __lt__(self, other):
        return self._value_ < _unwrap(other)

    def __le__(self, other):
        return self._value_ <= _unwrap(other)

    def __gt__(self, other):
        return self._value_ > _unwrap(other)

    def __ge__(self, other):
        return self._value_ >= _unwrap(other)

    def __hash__(self):
        return hash(self._value_)

    def __bool__(self):
        return bool(self._value_)

    def __getattr__(self, name):
        if name.startswith('_'):
            raise AttributeError("%r object has no attribute %r" % (type(self).__name__, name))
        return getattr(self._value_, name)

    def __add__(self, other):
        return self._value_ + _unwrap(other)

    def __radd__(self, other):
        return _unwrap(other) + self._value_

    def __mul__(self, other):
        return self._value_ * _unwrap(other)

    def __rmul__(self, other):
        return _unwrap(other) * self._value_

    def __mod__(self, other):
        return self._value_ % _unwrap(other)

    def __rmod__(self, other):
        return _unwrap(other) % self._value_


class _NumberMember(_DataMember):
    def __sub__(self, other):
        return self._value_ - _unwrap(other)

    def __rsub__(self, other):
        return _unwrap(other) - self._value_

    def __truediv__(self, other):
        return self._value_ / _unwrap(other)

    def __rtruediv__(self, other):
        return _unwrap(other) / self._value_

    def __floordiv__(self, other):
        return self._value_ // _unwrap(other)

    def __rfloordiv__(self, other):
        return _unwrap(other) // self._value_

    def __divmod__(self, other):
        return divmod(self._value_, _unwrap(other))

    def __rdivmod__(self, other):
        return divmod(_unwrap(other), self._value_)

    def __pow__(self, other):
        return self._value_ ** _unwrap(other)

    def __rpow__(self, other):
        return _unwrap(other) ** self._value_

    def __neg__(self):
        return -self._value_

    def __pos__(self):
        return +self._value_

    def __abs__(self):
        return abs(self._value_)

    def __float__(self):
        return float(self._value_)

    def __int__(self):
        return int(self._value_)

    def __round__(self, ndigits=None):
        return round(self._value_, ndigits)


class _IntMember(_NumberMember):
    def __index__(self):
        return self._value_

    def __invert__(self):
        return ~self._value_

    def __and__(self, other):
        return self._value_ & _unwrap(other)

    def __rand__(self, other):
        return _unwrap(other) & self._value_

    def __or__(self, other):
        return self._value_ | _unwrap(other)

    def __ror__(self, other):
        return _unwrap(other) | self._value_

    def __xor__(self, other):
        return self._value_ ^ _unwrap(other)

    def __rxor__(self, other):
        return _unwrap(other) ^ self._value_

    def __lshift__(self, other):
        return self._value_ << _unwrap(other)

    def __rlshift__(self, other):
        return _unwrap(other) << self._value_

    def __rshift__(self, other):
        return self._value_ >> _unwrap(other)

    def __rrshift__(self, other):
        return _unwrap(other) >> self._value_


class _StrMember(_DataMember):
    def __len__(self):
        return len(self._value_)

    def __iter__(self):
        return iter(self._value_)

    def __contains__(self, item):
        return _unwrap(item) in self._value_

    def __getitem__(self, index):
        return self._value_[index]


# The stand-in class for each data type Rumba cannot subclass.
_DATA_MEMBERS = {int: _IntMember, str: _StrMember, float: _NumberMember}


def _value_str(self):
    return str(self._value_)


def _value_format(self, format_spec):
    return format(self._value_, format_spec)


# ---- the metaclass -------------------------------------------------------

# Defined below; the metaclass makes them first and must know they are
# not there yet.
Enum = ReprEnum = Flag = None

_SUNDER_NAMES = (
    '_order_', '_generate_next_value_', '_numeric_repr_', '_missing_', '_ignore_',
    '_iter_member_', '_iter_member_by_value_', '_iter_member_by_def_',
)


class EnumType(type):

    def __new__(metacls, cls, bases, classdict, *, boundary=None, _simple=False, **kwds):
        if _simple:
            return super().__new__(metacls, cls, bases, classdict, **kwds)
        # A data type Rumba cannot subclass is stood in for.
        data_type = None
        written = bases
        bases = []
        for base in written:
            if base in _DATA_MEMBERS:
                data_type = base
                bases.append(_DATA_MEMBERS[base])
            else:
                bases.append(base)
        bases = tuple(bases)
        ignore = classdict.get('_ignore_', [])
        if isinstance(ignore, str):
            ignore = ignore.replace(',', ' ').split()
        for key in list(ignore) + ['_ignore_']:
            classdict.pop(key, None)
        member_type, first_enum = metacls._get_mixins_(cls, bases)
        if data_type is not None:
            member_type = data_type
        generate = classdict.get('_generate_next_value_')
        if generate is None and first_enum is not None:
            generate = first_enum._generate_next_value_
        elif isinstance(generate, _STATIC):
            generate = generate.__func__
        # The members, in the order the body defined them, auto() values
        # made as the body would have made them.
        names = []
        values = {}
        last_values = []
        for key, value in list(classdict.items()):
            if _is_private(cls, key) or _is_dunder(key):
                continue
            if _is_sunder(key):
                if key not in _SUNDER_NAMES:
                    raise ValueError('_sunder_ names, such as %r, are reserved for future Enum use' % (key,))
                continue
            if isinstance(value, nonmember):
                classdict[key] = value.value
                continue
            if _is_descriptor(value):
                continue
            if isinstance(value, member):
                value = value.value
            stored = True
            single = isinstance(value, auto)
            if single:
                value = (value,)
            if type(value) is tuple and any(isinstance(v, auto) for v in value):
                made = []
                for v in value:
                    if isinstance(v, auto):
                        stored = False
                        if v.value is _auto_null:
                            v.value = generate(key, 1, len(names), last_values[:])
                        v = v.value
                        last_values.append(v)
                    made.append(v)
                value = made[0] if single else tuple(made)
            if stored:
                last_values.append(value)
            names.append(key)
            values[key] = value
            del classdict[key]
        invalid = set(names) & {'mro', ''}
        if invalid:
            raise ValueError('invalid enum member name(s) %s' % (','.join(repr(n) for n in invalid),))
        order = classdict.pop('_order_', None)
        new_member, use_args = metacls._find_new_(classdict, member_type, first_enum)
        if first_enum is not None:
            # The body's `__new__` makes members; Enum's finds them.
            classdict.pop('__new__', None)
        classdict['_new_member_'] = None if new_member is None else staticmethod(new_member)
        classdict['_use_args_'] = use_args
        classdict['_member_names_'] = []
        classdict['_member_map_'] = {}
        classdict['_value2member_map_'] = {}
        classdict['_unhashable_values_'] = []
        classdict['_member_type_'] = member_type
        classdict['_value_repr_'] = metacls._find_data_repr_(cls, bases)
        is_flag = Flag is not None and any(issubclass(b, Flag) for b in bases if isinstance(b, EnumType))
        if is_flag or cls == 'Flag':
            classdict['_boundary_'] = boundary or getattr(first_enum, '_boundary_', None)
            classdict['_flag_mask_'] = 0
            classdict['_singles_mask_'] = 0
            classdict['_all_bits_'] = 0
            classdict['_inverted_'] = None
        if ReprEnum is not None and ReprEnum in written:
            if member_type is object:
                raise TypeError('ReprEnum subclasses must be mixed with a data type (i.e.'
                                ' int, str, float, etc.)')
            classdict.setdefault('__format__', _value_format)
            classdict.setdefault('__str__', _value_str)
        enum_class = super().__new__(metacls, cls, bases, classdict, **kwds)
        for name in names:
            enum_class._add_member_(name, values[name])
        # A member named as a property of the members (`name`, `value`)
        # hides it on the class: each member gets the property's value as
        # its own attribute, which instance lookup prefers (CPython
        # redirects through enum.property instead).
        for name in names:
            for base in enum_class.__mro__[1:]:
                hidden = base.__dict__.get(name)
                if isinstance(hidden, _PROPERTY):
                    for made in enum_class._member_map_.values():
                        setattr(made, name, hidden.fget(made))
                    break
        if is_flag:
            member_values = [m._value_ for m in enum_class]
            if member_values != sorted(member_values):
                enum_class._iter_member_ = enum_class._iter_member_by_def_
        if order is not None:
            if isinstance(order, str):
                order = order.replace(',', ' ').split()
            if is_flag:
                order = [o for o in order
                         if o not in enum_class._member_map_ or _is_single_bit(enum_class[o]._value_)]
            order = [o for o in order
                     if o not in enum_class._member_map_ or o in enum_class._member_names_]
            if order != enum_class._member_names_:
                raise TypeError('member order does not match _order_:\n  %r\n  %r'
                                % (enum_class._member_names_, order))
        return enum_class

    def _add_member_(enum_class, name, value):
        args = value if isinstance(value, tuple) else (value,)
        if enum_class._member_type_ is tuple:
            args = (args,)
        if enum_class._use_args_:
            made = enum_class._new_member_(enum_class, *args)
        else:
            made = object.__new__(enum_class)
        if not hasattr(made, '_value_'):
            if enum_class._member_type_ is object:
                made._value_ = value
            else:
                try:
                    made._value_ = enum_class._member_type_(*args)
                except Exception as exc:
                    raise TypeError('_value_ not set in __new__, unable to create it') from exc
        value = made._value_
        made._name_ = name
        made.__objclass__ = enum_class
        made.__init__(*args)
        made._sort_order_ = len(enum_class._member_names_)
        flag = Flag is not None and issubclass(enum_class, Flag)
        if flag:
            enum_class._flag_mask_ |= value
            if _is_single_bit(value):
                enum_class._singles_mask_ |= value
            enum_class._all_bits_ = 2 ** ((enum_class._flag_mask_).bit_length()) - 1
        # A value met before makes this name an alias of that member.
        try:
            try:
                made = enum_class._value2member_map_[value]
            except TypeError:
                for canonical in enum_class._member_map_.values():
                    if canonical._value_ == value:
                        made = canonical
                        break
                else:
                    raise KeyError
        except KeyError:
            if not flag or _is_single_bit(value):
                enum_class._member_names_.append(name)
        setattr(enum_class, name, made)
        enum_class._member_map_[name] = made
        try:
            enum_class._value2member_map_.setdefault(value, made)
        except TypeError:
            enum_class._unhashable_values_.append(value)

    def __bool__(cls):
        return True

    def __call__(cls, value, names=None, *, module=None, qualname=None, type=None, start=1, boundary=None):
        if names is None:
            return cls.__new__(cls, value)
        return cls._create_(value, names, module=module, qualname=qualname,
                            type=type, start=start, boundary=boundary)

    def __contains__(cls, member):
        if not isinstance(member, Enum):
            raise TypeError("unsupported operand type(s) for 'in': '%s' and '%s'"
                            % (type(member).__qualname__, cls.__class__.__qualname__))
        return isinstance(member, cls) and member._name_ in cls._member_map_

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __len__(cls):
        return len(cls._member_names_)

    @_builtin_property
    def __members__(cls):
        return _MappingProxy(cls._member_map_)

    def __repr__(cls):
        if Flag is not None and issubclass(cls, Flag):
            return "<flag %r>" % cls.__name__
        return "<enum %r>" % cls.__name__

    def __reversed__(cls):
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __getattr__(cls, name):
        if _is_dunder(name):
            raise AttributeError(name)
        try:
            return cls._member_map_[name]
        except KeyError:
            raise AttributeError(name) from None

    def __setattr__(cls, name, value):
        # Members cannot be reassigned.
        member_map = cls.__dict__.get('_member_map_', {})
        if name in member_map:
            raise AttributeError('cannot reassign member %r' % (name,))
        super().__setattr__(name, value)

    def __delattr__(cls, attr):
        if attr in cls._member_map_:
            raise AttributeError('%r cannot delete member %r.' % (cls.__name__, attr))
        super().__delattr__(attr)

    def _create_(cls, class_name, names, *, module=None, qualname=None, type=None, start=1, boundary=None):
        metacls = cls.__class__
        bases = (cls,) if type is None else (type, cls)
        _, first_enum = cls._get_mixins_(class_name, bases)
        classdict = {}
        if isinstance(names, str):
            names = names.replace(',', ' ').split()
        if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
            original, names = names, []
            last_values = []
            for count, name in enumerate(original):
                value = first_enum._generate_next_value_(name, start, count, last_values[:])
                last_values.append(value)
                names.append((name, value))
        for item in names:
            if isinstance(item, str):
                name, value = item, names[item]
            else:
                name, value = item
            classdict[name] = value
        classdict['__module__'] = module if module is not None else '__main__'
        classdict['__qualname__'] = qualname if qualname is not None else class_name
        return metacls.__new__(metacls, class_name, bases, classdict, boundary=boundary)

    @classmethod
    def _get_mixins_(metacls, class_name, bases):
        if not bases:
            return object, Enum
        for chain in bases:
            for base in chain.__mro__:
                if isinstance(base, EnumType) and base._member_names_:
                    raise TypeError("<enum %r> cannot extend %r" % (class_name, base))
        first_enum = bases[-1]
        if not isinstance(first_enum, EnumType):
            raise TypeError("new enumerations should be created as "
                            "`EnumName([mixin_type, ...] [data_type,] enum_type)`")
        member_type = object
        for chain in bases:
            for base in chain.__mro__:
                if isinstance(base, EnumType) and base._member_type_ is not object:
                    member_type = base._member_type_
                    break
        return member_type, first_enum

    @classmethod
    def _find_data_repr_(metacls, class_name, bases):
        for chain in bases:
            for base in chain.__mro__:
                if base is object:
                    continue
                if isinstance(base, EnumType):
                    return base._value_repr_
        return None

    @classmethod
    def _find_new_(metacls, classdict, member_type, first_enum):
        # The function that makes members from their values: the body's
        # own `__new__`, or the nearest enum base's; None for a bare
        # object, whose value is set afterwards.
        if first_enum is None:
            # Enum itself: its `__new__` finds members, it makes none.
            return None, False
        new = classdict.get('__new__')
        if isinstance(new, _STATIC):
            new = new.__func__
        if new is None:
            for chain in first_enum.__mro__:
                found = chain.__dict__.get('_new_member_')
                if found is not None:
                    new = found.__func__ if isinstance(found, _STATIC) else found
                    break
        return new, new is not None

EnumMeta = EnumType


class Enum(metaclass=EnumType):

    def __new__(cls, value):
        if type(value) is cls:
            return value
        try:
            return cls._value2member_map_[value]
        except KeyError:
            pass
        except TypeError:
            for candidate in cls._member_map_.values():
                if candidate._value_ == value:
                    return candidate
        if not cls._member_map_:
            raise TypeError("%r has no members defined" % cls)
        try:
            exc = None
            result = cls._missing_(value)
        except Exception as e:
            exc = e
            result = None
        if isinstance(result, cls):
            return result
        if (Flag is not None and issubclass(cls, Flag)
                and cls._boundary_ is EJECT and isinstance(result, int)):
            return result
        not_valid = ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        if result is None and exc is None:
            raise not_valid
        if exc is None:
            exc = TypeError('error in %s._missing_: returned %r instead of None or a valid member'
                            % (cls.__name__, result))
        raise exc

    def __init__(self, *args, **kwds):
        pass

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not last_values:
            return start
        try:
            last = last_values[-1]
            last_values.sort()
            if last == last_values[-1]:
                return last + 1
            raise TypeError
        except TypeError:
            for v in reversed(last_values):
                try:
                    return v + 1
                except TypeError:
                    pass
            return start

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        v_repr = self.__class__._value_repr_ or repr
        return "<%s.%s: %s>" % (self.__class__.__name__, self._name_, v_repr(self._value_))

    def __str__(self):
        return "%s.%s" % (self.__class__.__name__, self._name_)

    def __format__(self, format_spec):
        return format(str(self), format_spec)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    def __deepcopy__(self, memo):
        return self

    def __copy__(self):
        return self

    @_builtin_property
    def name(self):
        return self._name_

    @_builtin_property
    def value(self):
        return self._value_


class ReprEnum(Enum):
    pass


class IntEnum(int, ReprEnum):
    pass


class StrEnum(str, ReprEnum):

    def __new__(cls, *values):
        if len(values) > 3:
            raise TypeError('too many arguments for str(): %r' % (values,))
        if len(values) == 1 and not isinstance(values[0], str):
            raise TypeError('%r is not a string' % (values[0],))
        if len(values) >= 2 and not isinstance(values[1], str):
            raise TypeError('encoding must be a string, not %r' % (values[1],))
        if len(values) == 3 and not isinstance(values[2], str):
            raise TypeError('errors must be a string, not %r' % (values[2],))
        made = object.__new__(cls)
        made._value_ = str(*values)
        return made

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()


def pickle_by_global_name(self, proto):
    return self.name


def pickle_by_enum_name(self, proto):
    return getattr, (self.__class__, self._name_)


class FlagBoundary(StrEnum):
    STRICT = auto()
    CONFORM = auto()
    EJECT = auto()
    KEEP = auto()


STRICT, CONFORM, EJECT, KEEP = FlagBoundary


def _flag_operand(self, other):
    if isinstance(other, self.__class__):
        return other._value_
    if self._member_type_ is not object and isinstance(_unwrap(other), self._member_type_):
        return _unwrap(other)
    return NotImplemented


class Flag(Enum, boundary=STRICT):

    _numeric_repr_ = repr

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not count:
            return start if start is not None else 1
        last_value = max(last_values)
        try:
            high_bit = last_value.bit_length() - 1
        except Exception:
            raise TypeError('invalid flag value %r' % last_value) from None
        return 2 ** (high_bit + 1)

    @classmethod
    def _iter_member_by_value_(cls, value):
        for bit in _iter_bits_lsb(value & cls._flag_mask_):
            yield cls._value2member_map_.get(bit)

    _iter_member_ = _iter_member_by_value_

    @classmethod
    def _iter_member_by_def_(cls, value):
        yield from sorted(cls._iter_member_by_value_(value), key=lambda m: m._sort_order_)

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        flag_mask = cls._flag_mask_
        singles_mask = cls._singles_mask_
        all_bits = cls._all_bits_
        neg_value = None
        if not ~all_bits <= value <= all_bits or value & (all_bits ^ flag_mask):
            if cls._boundary_ is STRICT:
                max_bits = max(value.bit_length(), flag_mask.bit_length())
                raise ValueError("%r invalid value %r\n    given %s\n  allowed %s"
                                 % (cls, value, bin(value, max_bits), bin(flag_mask, max_bits)))
            elif cls._boundary_ is CONFORM:
                value = value & flag_mask
            elif cls._boundary_ is EJECT:
                return value
            elif cls._boundary_ is KEEP:
                if value < 0:
                    value = max(all_bits + 1, 2 ** (value.bit_length())) + value
            else:
                raise ValueError('%r unknown flag boundary %r' % (cls, cls._boundary_))
        if value < 0:
            neg_value = value
            value = all_bits + 1 + value
        unknown = value & ~flag_mask
        aliases = value & ~singles_mask
        member_value = value & singles_mask
        if unknown and cls._boundary_ is not KEEP:
            raise ValueError('%s(%r) -->  unknown values %r [%s]'
                             % (cls.__name__, value, unknown, bin(unknown)))
        pseudo = object.__new__(cls)
        pseudo._value_ = value
        if member_value or aliases:
            members = []
            combined = 0
            for m in cls._iter_member_(member_value):
                members.append(m)
                combined |= m._value_
            if aliases:
                value = member_value | aliases
                for n, pm in cls._member_map_.items():
                    if pm not in members and pm._value_ and pm._value_ & value == pm._value_:
                        members.append(pm)
                        combined |= pm._value_
            unknown = value ^ combined
            pseudo._name_ = '|'.join([m._name_ for m in members])
            if not combined:
                pseudo._name_ = None
            elif unknown and cls._boundary_ is STRICT:
                raise ValueError('%r: no members with value %r' % (cls, unknown))
            elif unknown:
                pseudo._name_ += '|%s' % cls._numeric_repr_(unknown)
        else:
            pseudo._name_ = None
        pseudo = cls._value2member_map_.setdefault(value, pseudo)
        if neg_value is not None:
            cls._value2member_map_[neg_value] = pseudo
        return pseudo

    def __contains__(self, other):
        if not isinstance(other, self.__class__):
            raise TypeError("unsupported operand type(s) for 'in': %r and %r"
                            % (type(other).__qualname__, self.__class__.__qualname__))
        return other._value_ & self._value_ == other._value_

    def __iter__(self):
        yield from self._iter_member_(self._value_)

    def __len__(self):
        return self._value_.bit_count()

    def __repr__(self):
        cls_name = self.__class__.__name__
        v_repr = self.__class__._value_repr_ or repr
        if self._name_ is None:
            return "<%s: %s>" % (cls_name, v_repr(self._value_))
        return "<%s.%s: %s>" % (cls_name, self._name_, v_repr(self._value_))

    def __str__(self):
        cls_name = self.__class__.__name__
        if self._name_ is None:
            return '%s(%r)' % (cls_name, self._value_)
        return "%s.%s" % (cls_name, self._name_)

    def __bool__(self):
        return bool(self._value_)

    def __or__(self, other):
        other = _flag_operand(self, other)
        if other is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ | other)

    def __and__(self, other):
        other = _flag_operand(self, other)
        if other is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ & other)

    def __xor__(self, other):
        other = _flag_operand(self, other)
        if other is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ ^ other)

    def __invert__(self):
        if self._inverted_ is None:
            if self._boundary_ in (EJECT, KEEP):
                self._inverted_ = self.__class__(~self._value_)
            else:
                self._inverted_ = self.__class__(self._singles_mask_ & ~self._value_)
        return self._inverted_

    __rand__ = __and__
    __ror__ = __or__
    __rxor__ = __xor__


class IntFlag(int, ReprEnum, Flag, boundary=KEEP):
    # Flag's operators, not the int stand-in's: the result is a flag.
    __or__ = Flag.__or__
    __and__ = Flag.__and__
    __xor__ = Flag.__xor__
    __ror__ = Flag.__ror__
    __rand__ = Flag.__rand__
    __rxor__ = Flag.__rxor__
    __invert__ = Flag.__invert__
    __contains__ = Flag.__contains__
    __iter__ = Flag.__iter__
    __len__ = Flag.__len__
    __bool__ = Flag.__bool__


def _aliases(enumeration):
    # "ALIAS -> NAME" for each alias, or '' when there is none.
    return ', '.join(["%s -> %s" % (name, member.name)
                      for name, member in enumeration.__members__.items()
                      if name != member.name])


def unique(enumeration):
    details = _aliases(enumeration)
    if details:
        raise ValueError('duplicate values found in %r: %s' % (enumeration, details))
    return enumeration


def global_enum_repr(self):
    module = self.__class__.__module__.split('.')[-1]
    return '%s.%s' % (module, self._name_)


def global_flag_repr(self):
    module = self.__class__.__module__.split('.')[-1]
    cls_name = self.__class__.__name__
    if self._name_ is None:
        return "%s.%s(%r)" % (module, cls_name, self._value_)
    if _is_single_bit(self._value_):
        return '%s.%s' % (module, self._name_)
    if self._boundary_ is not FlagBoundary.KEEP:
        return '|'.join(['%s.%s' % (module, name) for name in self.name.split('|')])
    names = []
    for n in self._name_.split('|'):
        if n[0].isdigit():
            names.append(n)
        else:
            names.append('%s.%s' % (module, n))
    return '|'.join(names)


def global_str(self):
    if self._name_ is None:
        return "%s(%r)" % (self.__class__.__name__, self._value_)
    return self._name_


def global_enum(cls, update_str=False):
    if issubclass(cls, Flag):
        cls.__repr__ = global_flag_repr
    else:
        cls.__repr__ = global_enum_repr
    if not issubclass(cls, ReprEnum) or update_str:
        cls.__str__ = global_str
    return cls


class EnumCheck(StrEnum):
    CONTINUOUS = "no skipped integer values"
    NAMED_FLAGS = "multi-flag aliases may not contain unnamed flags"
    UNIQUE = "one name per value"


CONTINUOUS, NAMED_FLAGS, UNIQUE = EnumCheck


class verify:
    def __init__(self, *checks):
        self.checks = checks

    def __call__(self, enumeration):
        cls_name = enumeration.__name__
        if Flag is not None and issubclass(enumeration, Flag):
            enum_type = 'flag'
        elif issubclass(enumeration, Enum):
            enum_type = 'enum'
        else:
            raise TypeError("the 'verify' decorator only works with Enum and Flag")
        for check in self.checks:
            if check is UNIQUE:
                details = _aliases(enumeration)
                if details:
                    raise ValueError('aliases found in %r: %s' % (enumeration, details))
            elif check is CONTINUOUS:
                values = set(e.value for e in enumeration)
                if len(values) < 2:
                    continue
                low, high = min(values), max(values)
                missing = []
                if enum_type == 'flag':
                    for i in range(low.bit_length() - 1, high.bit_length()):
                        if 2 ** i not in values:
                            missing.append(2 ** i)
                else:
                    for i in range(low + 1, high):
                        if i not in values:
                            missing.append(i)
                if missing:
                    raise ValueError(('invalid %s %r: missing values %s'
                                      % (enum_type, cls_name, ', '.join(str(v) for v in missing)))[:256])
            elif check is NAMED_FLAGS:
                member_names = enumeration._member_names_
                member_values = [m.value for m in enumeration]
                missing_names = []
                missing_value = 0
                for name, alias in enumeration._member_map_.items():
                    if name in member_names:
                        continue
                    if alias.value < 0:
                        continue
                    values = list(_iter_bits_lsb(alias.value))
                    missed = [v for v in values if v not in member_values]
                    if missed:
                        missing_names.append(name)
                        missing_value |= sum(missed)
                if missing_names:
                    if len(missing_names) == 1:
                        alias = 'alias %s is missing' % missing_names[0]
                    else:
                        alias = 'aliases %s and %s are missing' % (', '.join(missing_names[:-1]), missing_names[-1])
                    if _is_single_bit(missing_value):
                        value = 'value 0x%x' % missing_value
                    else:
                        value = 'combined values of 0x%x' % missing_value
                    raise ValueError('invalid Flag %r: %s %s [use enum.show_flag_values(value) for details]'
                                     % (cls_name, alias, value))
        return enumeration
