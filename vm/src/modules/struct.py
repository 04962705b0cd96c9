# The `struct` module of Rumba: CPython 3.11's API over the natives of
# vm/src/modules/struct.rs, which read formats and pack and unpack.

__all__ = [
    'calcsize', 'pack', 'pack_into', 'unpack', 'unpack_from',
    'iter_unpack', 'Struct', 'error',
]


class error(Exception):
    pass


def calcsize(format):
    return _native_calcsize(format)


def pack(format, *values):
    return _native_pack(format, values)


def pack_into(format, buffer, offset, *values):
    _native_pack_into(format, buffer, offset, values)


def unpack(format, buffer):
    return _native_unpack(format, buffer, 0, True)


def unpack_from(format, /, buffer, offset=0):
    return _native_unpack(format, buffer, offset, False)


def iter_unpack(format, buffer):
    size = _native_calcsize(format)
    if size == 0:
        raise error('cannot iteratively unpack with a struct of length 0')
    if len(buffer) % size:
        raise error('iterative unpacking requires a buffer of a multiple of %d bytes' % size)
    return (_native_unpack(format, buffer, at, False) for at in range(0, len(buffer), size))


class Struct:
    __module__ = '_struct'

    def __init__(self, format):
        if not isinstance(format, (str, bytes)):
            raise TypeError('Struct() argument 1 must be a str or bytes object, not %s'
                            % type(format).__name__)
        self.size = _native_calcsize(format)
        self.format = format if isinstance(format, str) else format.decode('ascii')

    def pack(self, *values):
        return _native_pack(self.format, values)

    def pack_into(self, buffer, offset, *values):
        _native_pack_into(self.format, buffer, offset, values)

    def unpack(self, buffer):
        return _native_unpack(self.format, buffer, 0, True)

    def unpack_from(self, buffer, offset=0):
        return _native_unpack(self.format, buffer, offset, False)

    def iter_unpack(self, buffer):
        return iter_unpack(self.format, buffer)
