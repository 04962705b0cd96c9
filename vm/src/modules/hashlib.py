# The `hashlib` module of Rumba: md5, sha1, sha224, sha256, sha384 and
# sha512 with CPython's API, over the digests of vm/src/modules/hashlib/.
# A hash object keeps the bytes fed to it and digests them all on demand.

__all__ = ('md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'new',
           'algorithms_guaranteed', 'algorithms_available')

# (digest size, block size) of each algorithm.
_SIZES = {
    'md5': (16, 64),
    'sha1': (20, 64),
    'sha224': (28, 64),
    'sha256': (32, 64),
    'sha384': (48, 128),
    'sha512': (64, 128),
}

algorithms_guaranteed = frozenset(_SIZES)
algorithms_available = frozenset(_SIZES)


def _data(value):
    if isinstance(value, str):
        raise TypeError('Strings must be encoded before hashing')
    if not isinstance(value, (bytes, bytearray)):
        raise TypeError("object supporting the buffer API required")
    return value


class HASH:
    __module__ = '_hashlib'

    def __init__(self, name, data=b''):
        self.name = name
        self.digest_size, self.block_size = _SIZES[name]
        self._data = bytearray()
        if data:
            self.update(data)

    def update(self, data):
        self._data += _data(data)

    def digest(self):
        return _native_digest(self.name, bytes(self._data))

    def hexdigest(self):
        return self.digest().hex()

    def copy(self):
        other = HASH(self.name)
        other._data = bytearray(self._data)
        return other

    def __repr__(self):
        return '<%s _hashlib.HASH object @ 0x%x>' % (self.name, id(self))


def new(name, data=b'', *, usedforsecurity=True):
    if not isinstance(name, str):
        raise TypeError('new() argument \'name\' must be str, not %s' % type(name).__name__)
    key = name.lower().replace('-', '')
    if key not in _SIZES:
        raise ValueError('unsupported hash type ' + name)
    return HASH(key, data)


def md5(string=b'', *, usedforsecurity=True):
    return HASH('md5', string)


def sha1(string=b'', *, usedforsecurity=True):
    return HASH('sha1', string)


def sha224(string=b'', *, usedforsecurity=True):
    return HASH('sha224', string)


def sha256(string=b'', *, usedforsecurity=True):
    return HASH('sha256', string)


def sha384(string=b'', *, usedforsecurity=True):
    return HASH('sha384', string)


def sha512(string=b'', *, usedforsecurity=True):
    return HASH('sha512', string)
