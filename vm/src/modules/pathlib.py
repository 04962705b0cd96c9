# The `pathlib` module of Rumba: POSIX paths as objects. Pure paths are
# text work; `Path` reads the host's file system through `os` (which needs
# the host's file access) and never writes to it.

import os
import posixpath

__all__ = ['PurePath', 'PurePosixPath', 'PureWindowsPath', 'Path', 'PosixPath', 'WindowsPath']


def _parse(args):
    """The root ('', '/' or '//') and the names of the path the
    arguments join to, with empty and '.' parts dropped."""
    root = ''
    parts = []
    for a in args:
        if isinstance(a, PurePath):
            a_root, a_parts = a._root, a._parts
        else:
            a = os.fspath(a)
            if not isinstance(a, str):
                raise TypeError("argument should be a str object or an os.PathLike object "
                                "returning str, not %r" % (type(a),))
            a_root = ''
            if a.startswith('/'):
                a_root = '//' if a.startswith('//') and not a.startswith('///') else '/'
            a_parts = [p for p in a.split('/') if p and p != '.']
        if a_root:
            root = a_root
            parts = list(a_parts)
        else:
            parts.extend(a_parts)
    return root, parts


def _glob_to_regex(pattern):
    out = []
    i = 0
    n = len(pattern)
    while i < n:
        c = pattern[i]
        i += 1
        if c == '*':
            out.append('.*')
        elif c == '?':
            out.append('.')
        elif c == '[':
            j = i
            if j < n and pattern[j] == '!':
                j += 1
            if j < n and pattern[j] == ']':
                j += 1
            while j < n and pattern[j] != ']':
                j += 1
            if j >= n:
                out.append('\\[')
            else:
                inside = pattern[i:j]
                i = j + 1
                if inside.startswith('!'):
                    inside = '^' + inside[1:]
                elif inside.startswith('^'):
                    inside = '\\' + inside
                out.append('[' + inside.replace('\\', '\\\\') + ']')
        else:
            out.append(_re().escape(c))
    return '(?s:' + ''.join(out) + ')\\Z'


def _re():
    import re
    return re


def _name_matches(name, pattern):
    return _re().match(_glob_to_regex(pattern), name) is not None


class _PathParents:
    """The ancestors of a path, nearest first (`path.parents`)."""

    def __init__(self, path):
        self._path = path
        self._count = len(path._parts)

    def __len__(self):
        return self._count

    def __getitem__(self, i):
        if hasattr(i, "indices"):
            return tuple(self[k] for k in range(*i.indices(self._count)))
        if i >= self._count or i < -self._count:
            raise IndexError(i)
        if i < 0:
            i += self._count
        return self._path._from_parsed(self._path._root, self._path._parts[:self._count - i - 1])

    def __iter__(self):
        for i in range(self._count):
            yield self[i]

    def __repr__(self):
        return '<{}.parents>'.format(type(self._path).__name__)


class PurePath:
    """A path as text split into its parts; nothing is read from disk."""

    def __new__(cls, *args):
        if cls is PurePath:
            cls = PurePosixPath
        self = object.__new__(cls)
        self._root, self._parts = _parse(args)
        return self

    def _from_parsed(self, root, parts):
        new = object.__new__(type(self))
        new._root = root
        new._parts = list(parts)
        return new

    def __reduce__(self):
        return (type(self), tuple(self.parts))

    def __str__(self):
        return (self._root + '/'.join(self._parts)) or '.'

    def __fspath__(self):
        return str(self)

    def as_posix(self):
        return str(self)

    def __bytes__(self):
        return str(self).encode()

    def __repr__(self):
        return '{}({!r})'.format(type(self).__name__, self.as_posix())

    def as_uri(self):
        if not self.is_absolute():
            raise ValueError("relative path can't be expressed as a file URI")
        text = str(self)
        safe = set('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_.-~/')
        quoted = ''.join(c if c in safe else ''.join('%%%02X' % b for b in c.encode()) for c in text)
        return 'file://' + quoted

    def _key(self):
        return ([self._root] if self._root else []) + self._parts

    def __eq__(self, other):
        if not isinstance(other, PurePath) or isinstance(other, PureWindowsPath) != isinstance(self, PureWindowsPath):
            return NotImplemented
        return self._key() == other._key()

    def __hash__(self):
        return hash(tuple(self._key()))

    def __lt__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._key() < other._key()

    def __le__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._key() <= other._key()

    def __gt__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._key() > other._key()

    def __ge__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._key() >= other._key()

    @property
    def drive(self):
        return ''

    @property
    def root(self):
        return self._root

    @property
    def anchor(self):
        return self._root

    @property
    def parts(self):
        return ((self._root,) if self._root else ()) + tuple(self._parts)

    @property
    def name(self):
        return self._parts[-1] if self._parts else ''

    @property
    def suffix(self):
        name = self.name
        i = name.rfind('.')
        if 0 < i < len(name) - 1:
            return name[i:]
        return ''

    @property
    def suffixes(self):
        name = self.name
        if name.endswith('.'):
            return []
        name = name.lstrip('.')
        return ['.' + s for s in name.split('.')[1:]]

    @property
    def stem(self):
        name = self.name
        i = name.rfind('.')
        if 0 < i < len(name) - 1:
            return name[:i]
        return name

    @property
    def parent(self):
        if not self._parts:
            return self
        return self._from_parsed(self._root, self._parts[:-1])

    @property
    def parents(self):
        return _PathParents(self)

    def is_absolute(self):
        return bool(self._root)

    def is_reserved(self):
        return False

    def joinpath(self, *args):
        return type(self)(self, *args)

    def __truediv__(self, key):
        try:
            return type(self)(self, key)
        except TypeError:
            return NotImplemented

    def __rtruediv__(self, key):
        try:
            return type(self)(key, self)
        except TypeError:
            return NotImplemented

    def with_name(self, name):
        if not self.name:
            raise ValueError("%r has an empty name" % (self,))
        if not name or '/' in name or name == '.':
            raise ValueError("Invalid name %r" % (name,))
        return self._from_parsed(self._root, self._parts[:-1] + [name])

    def with_stem(self, stem):
        return self.with_name(stem + self.suffix)

    def with_suffix(self, suffix):
        if '/' in suffix or (suffix and not suffix.startswith('.')) or suffix == '.':
            raise ValueError("Invalid suffix %r" % (suffix,))
        name = self.name
        if not name:
            raise ValueError("%r has an empty name" % (self,))
        old = self.suffix
        name = (name[:len(name) - len(old)] if old else name) + suffix
        return self._from_parsed(self._root, self._parts[:-1] + [name])

    def relative_to(self, *other):
        if not other:
            raise TypeError("need at least one argument")
        base = type(self)(*other)
        mine = self._key()
        theirs = base._key()
        if mine[:len(theirs)] != theirs or (not theirs and self._root):
            raise ValueError("{!r} is not in the subpath of {!r} OR one path is relative and the "
                             "other is absolute.".format(str(self), str(base)))
        return self._from_parsed('', mine[len(theirs):])

    def is_relative_to(self, *other):
        try:
            self.relative_to(*other)
            return True
        except ValueError:
            return False

    def match(self, path_pattern):
        pattern = PurePosixPath(path_pattern)
        pat_parts = pattern._parts
        if not pat_parts and not pattern._root:
            raise ValueError("empty pattern")
        parts = self._parts
        if pattern._root:
            if self._root != pattern._root or len(parts) != len(pat_parts):
                return False
        elif len(pat_parts) > len(parts):
            return False
        for part, pat in zip(reversed(parts), reversed(pat_parts)):
            if not _name_matches(part, pat):
                return False
        return True


class PurePosixPath(PurePath):
    """A POSIX path as text."""


class PureWindowsPath(PurePath):
    """Windows paths are not supported by Rumba."""

    def __new__(cls, *args):
        raise NotImplementedError("pathlib.PureWindowsPath is not supported by Rumba")


def _read_only(name):
    def refuse(self, *args, **kwargs):
        raise NotImplementedError("Path.%s() is not supported by Rumba: files are read-only to a script"
                                  % name)
    return refuse


class Path(PurePath):
    """A path on the host's file system, read through `os`."""

    def __new__(cls, *args, **kwargs):
        if cls is Path:
            cls = PosixPath
        self = object.__new__(cls)
        self._root, self._parts = _parse(args)
        return self

    @classmethod
    def cwd(cls):
        return cls(os.getcwd())

    @classmethod
    def home(cls):
        raise RuntimeError("Could not determine home directory.")

    def expanduser(self):
        if self._parts and self._parts[0].startswith('~') and not self._root:
            raise RuntimeError("Could not determine home directory.")
        return self

    def absolute(self):
        if self.is_absolute():
            return self
        return type(self)(os.getcwd(), self)

    def resolve(self, strict=False):
        resolved = type(self)(posixpath.normpath(str(self.absolute())))
        if strict:
            os.stat(resolved)
        return resolved

    def stat(self, *, follow_symlinks=True):
        return os.stat(self, follow_symlinks=follow_symlinks)

    def lstat(self):
        return os.lstat(self)

    def exists(self):
        return posixpath.exists(self)

    def is_file(self):
        return posixpath.isfile(self)

    def is_dir(self):
        return posixpath.isdir(self)

    def is_symlink(self):
        return posixpath.islink(self)

    def is_mount(self):
        return posixpath.ismount(self)

    def samefile(self, other_path):
        return posixpath.samefile(self, other_path)

    def open(self, mode='r', buffering=-1, encoding=None, errors=None, newline=None):
        return open(self, mode, buffering, encoding, errors, newline)

    def read_text(self, encoding=None, errors=None):
        with self.open('r', encoding=encoding, errors=errors) as f:
            return f.read()

    def read_bytes(self):
        with self.open('rb') as f:
            return f.read()

    def iterdir(self):
        for name in os.listdir(self):
            yield self._from_parsed(self._root, self._parts + [name])

    def glob(self, pattern):
        pattern_parts = PurePosixPath(pattern)._parts
        if not pattern_parts:
            raise ValueError("Unacceptable pattern: {!r}".format(pattern))
        if PurePosixPath(pattern)._root:
            raise NotImplementedError("Non-relative patterns are unsupported")
        yield from self._glob(pattern_parts)

    def rglob(self, pattern):
        yield from self.glob('**/' + pattern)

    def _glob(self, pattern_parts):
        first, rest = pattern_parts[0], pattern_parts[1:]
        if first == '**':
            for d in self._walk_dirs():
                if rest:
                    yield from d._glob(rest)
                else:
                    yield d
            return
        if not any(c in first for c in '*?['):
            child = self / first
            if rest:
                if child.is_dir():
                    yield from child._glob(rest)
            elif child.exists():
                yield child
            return
        if not self.is_dir():
            return
        for name in sorted(os.listdir(self)):
            if name.startswith('.') and not first.startswith('.'):
                continue
            if _name_matches(name, first):
                child = self / name
                if rest:
                    if child.is_dir():
                        yield from child._glob(rest)
                else:
                    yield child

    def _walk_dirs(self):
        yield self
        if not self.is_dir():
            return
        for name in sorted(os.listdir(self)):
            child = self / name
            if child.is_dir() and not child.is_symlink():
                yield from child._walk_dirs()

    write_text = _read_only('write_text')
    write_bytes = _read_only('write_bytes')
    mkdir = _read_only('mkdir')
    touch = _read_only('touch')
    unlink = _read_only('unlink')
    rmdir = _read_only('rmdir')
    rename = _read_only('rename')
    replace = _read_only('replace')
    chmod = _read_only('chmod')
    symlink_to = _read_only('symlink_to')
    hardlink_to = _read_only('hardlink_to')


class PosixPath(Path, PurePosixPath):
    """A path on a POSIX host's file system."""


class WindowsPath(Path, PureWindowsPath):
    """Windows paths are not supported by Rumba."""
