# The `os` module of Rumba: paths, reading the host's file system when
# the host allows files (`stat`, `listdir`, `scandir`, `walk`, `getcwd`),
# and nothing else of the host. Writing is refused (files are
# read-only to a script), `environ` is empty, and `cpu_count()` is 1: a
# script runs on one thread.

from posixpath import curdir, pardir, sep, extsep, altsep, pathsep, defpath, devnull
import posixpath as path
import abc as _abc

name = 'posix'
linesep = '\n'
SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
F_OK = 0
R_OK = 4
W_OK = 2
X_OK = 1

environ = {}
supports_bytes_environ = False
error = OSError


def getenv(key, default=None):
    return environ.get(key, default)


def cpu_count():
    return 1


def urandom(size):
    return _native_urandom(size)


def _files_allowed():
    return _native_files_allowed()


def fspath(path):
    if isinstance(path, (str, bytes)):
        return path
    kind = type(path)
    try:
        method = kind.__fspath__
    except AttributeError:
        raise TypeError("expected str, bytes or os.PathLike object, not " + kind.__name__) from None
    result = method(path)
    if isinstance(result, (str, bytes)):
        return result
    raise TypeError("expected %s.__fspath__() to return str or bytes, not %s"
                    % (kind.__name__, type(result).__name__))


class PathLike(_abc.ABC):
    """Abstract base class for implementing the file system path protocol."""

    @_abc.abstractmethod
    def __fspath__(self):
        raise NotImplementedError

    @classmethod
    def __subclasshook__(cls, subclass):
        if cls is PathLike:
            return getattr(subclass, '__fspath__', None) is not None
        return NotImplemented


_STAT_FIELDS = ('st_mode', 'st_ino', 'st_dev', 'st_nlink', 'st_uid', 'st_gid',
                'st_size', 'st_atime', 'st_mtime', 'st_ctime')


class stat_result:
    """What `os.stat` tells of a file: a sequence of ten items whose times
    are whole seconds, and the same as attributes with fractions."""

    n_sequence_fields = 10
    n_fields = 10
    n_unnamed_fields = 0

    def __init__(self, fields):
        fields = tuple(fields)
        if len(fields) != 10:
            raise TypeError("os.stat_result() takes a 10-sequence (%d-sequence given)" % len(fields))
        (self.st_mode, self.st_ino, self.st_dev, self.st_nlink, self.st_uid, self.st_gid,
         self.st_size, self.st_atime, self.st_mtime, self.st_ctime) = fields
        self._items = fields[:7] + tuple(int(t) for t in fields[7:])

    def __getitem__(self, i):
        return self._items[i]

    def __len__(self):
        return 10

    def __iter__(self):
        return iter(self._items)

    def __eq__(self, other):
        if isinstance(other, stat_result):
            return self._items == other._items
        return NotImplemented

    def __hash__(self):
        return hash(self._items)

    def __repr__(self):
        return 'os.stat_result(' + ', '.join(
            '%s=%r' % pair for pair in zip(_STAT_FIELDS, self._items)) + ')'


def stat(path, *, dir_fd=None, follow_symlinks=True):
    return stat_result(_native_stat(fspath(path), follow_symlinks))


def lstat(path, *, dir_fd=None):
    return stat_result(_native_stat(fspath(path), False))


def access(path, mode, *, dir_fd=None, effective_ids=False, follow_symlinks=True):
    try:
        st = stat(path, follow_symlinks=follow_symlinks)
    except OSError:
        if not _files_allowed():
            raise
        return False
    # Files are read-only to a script.
    return not mode & W_OK


def getcwd():
    return _native_getcwd()


def listdir(path='.'):
    return _native_listdir(fspath(path))


class DirEntry:
    """One entry of `os.scandir`: its name, its path and its kind."""

    def __init__(self, directory, name):
        self.name = name
        self.path = path.join(directory, name)

    def __fspath__(self):
        return self.path

    def __repr__(self):
        return '<DirEntry %r>' % self.name

    def stat(self, *, follow_symlinks=True):
        return stat(self.path, follow_symlinks=follow_symlinks)

    def is_dir(self, *, follow_symlinks=True):
        return path.isdir(self.path) if follow_symlinks else (
            path.isdir(self.path) and not path.islink(self.path))

    def is_file(self, *, follow_symlinks=True):
        return path.isfile(self.path) if follow_symlinks else (
            path.isfile(self.path) and not path.islink(self.path))

    def is_symlink(self):
        return path.islink(self.path)

    def inode(self):
        return self.stat(follow_symlinks=False).st_ino


class _ScandirIterator:
    def __init__(self, directory):
        self._directory = directory
        self._names = iter(listdir(directory))

    def __iter__(self):
        return self

    def __next__(self):
        return DirEntry(self._directory, next(self._names))

    def close(self):
        self._names = iter(())

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()
        return False


def scandir(path='.'):
    return _ScandirIterator(fspath(path))


def walk(top, topdown=True, onerror=None, followlinks=False):
    top = fspath(top)
    try:
        names = listdir(top)
    except OSError as err:
        if not _files_allowed():
            raise
        if onerror is not None:
            onerror(err)
        return
    dirs = []
    files = []
    for name in names:
        (dirs if path.isdir(path.join(top, name)) else files).append(name)
    if topdown:
        yield top, dirs, files
    for name in dirs:
        inner = path.join(top, name)
        if followlinks or not path.islink(inner):
            yield from walk(inner, topdown, onerror, followlinks)
    if not topdown:
        yield top, dirs, files


def _read_only(name):
    def refuse(*args, **kwargs):
        raise NotImplementedError("os.%s() is not supported by Rumba: files are read-only to a script"
                                  % name)
    return refuse


mkdir = _read_only('mkdir')
makedirs = _read_only('makedirs')
remove = _read_only('remove')
unlink = _read_only('unlink')
rmdir = _read_only('rmdir')
removedirs = _read_only('removedirs')
rename = _read_only('rename')
renames = _read_only('renames')
replace = _read_only('replace')
chmod = _read_only('chmod')
chown = _read_only('chown')
link = _read_only('link')
symlink = _read_only('symlink')
truncate = _read_only('truncate')
utime = _read_only('utime')
mkfifo = _read_only('mkfifo')
chdir = _read_only('chdir')
