# `os.path` of Rumba (CPython calls it `posixpath` on this kind of
# system): paths as text with `/` between their parts. Everything here
# but the functions that ask the file system (`exists`, `isfile`, ...,
# `getsize`, `abspath` of a relative path) is plain text work; those go
# through `os.stat` and need the host's file access.

curdir = '.'
pardir = '..'
extsep = '.'
sep = '/'
pathsep = ':'
defpath = '/bin:/usr/bin'
altsep = None
devnull = '/dev/null'
supports_unicode_filenames = False

import os
import stat as _stat_bits


def _text(p):
    p = os.fspath(p)
    if not isinstance(p, str):
        raise TypeError("Rumba's os.path takes str paths, not " + type(p).__name__)
    return p


def normcase(s):
    return _text(s)


def isabs(s):
    return _text(s).startswith('/')


def _check_arg_types(funcname, *args):
    for s in args:
        if not isinstance(s, (str, bytes, os.PathLike)):
            raise TypeError(f'{funcname}() argument must be str, bytes, or '
                            f'os.PathLike object, not {s.__class__.__name__!r}') from None


def join(a, *p):
    path = _text(a)
    try:
        p = [_text(b) for b in p]
    except TypeError:
        _check_arg_types('join', a, *p)
        raise
    for b in p:
        if b.startswith('/'):
            path = b
        elif not path or path.endswith('/'):
            path += b
        else:
            path += '/' + b
    return path


def split(p):
    p = _text(p)
    i = p.rfind('/') + 1
    head, tail = p[:i], p[i:]
    if head and head != '/' * len(head):
        head = head.rstrip('/')
    return head, tail


def splitext(p):
    p = _text(p)
    sep_at = p.rfind('/')
    dot_at = p.rfind('.')
    if dot_at > sep_at:
        # A name of dots only (`..`, `.bashrc`'s leading dot) has no
        # extension.
        i = sep_at + 1
        while i < dot_at:
            if p[i] != '.':
                return p[:dot_at], p[dot_at:]
            i += 1
    return p, ''


def splitdrive(p):
    return '', _text(p)


def basename(p):
    p = _text(p)
    return p[p.rfind('/') + 1:]


def dirname(p):
    p = _text(p)
    head = p[:p.rfind('/') + 1]
    if head and head != '/' * len(head):
        head = head.rstrip('/')
    return head


def normpath(path):
    path = _text(path)
    if not path:
        return '.'
    initial = 0
    if path.startswith('/'):
        # POSIX gives two leading slashes a meaning of their own; three or
        # more are one.
        initial = 2 if path.startswith('//') and not path.startswith('///') else 1
    parts = []
    for part in path.split('/'):
        if part in ('', '.'):
            continue
        if part != '..' or (not initial and not parts) or (parts and parts[-1] == '..'):
            parts.append(part)
        elif parts:
            parts.pop()
    path = '/' * initial + '/'.join(parts)
    return path or '.'


def abspath(path):
    path = _text(path)
    if not path.startswith('/'):
        path = join(os.getcwd(), path)
    return normpath(path)


# Rumba does not follow symbolic links here: the real path is the
# absolute one.
realpath = abspath


def relpath(path, start=None):
    if not path:
        raise ValueError("no path specified")
    path = _text(path)
    start = curdir if start is None else _text(start)
    start_parts = [x for x in abspath(start).split('/') if x]
    path_parts = [x for x in abspath(path).split('/') if x]
    common = len(commonprefix([start_parts, path_parts]))
    parts = [pardir] * (len(start_parts) - common) + path_parts[common:]
    if not parts:
        return curdir
    return join(*parts)


def commonprefix(m):
    if not m:
        return ''
    if not isinstance(m[0], (list, tuple)):
        m = tuple(map(os.fspath, m))
    s1 = min(m)
    s2 = max(m)
    for i, c in enumerate(s1):
        if c != s2[i]:
            return s1[:i]
    return s1


def commonpath(paths):
    paths = tuple(map(_text, paths))
    if not paths:
        raise ValueError('commonpath() arg is an empty sequence')
    split_paths = [p.split('/') for p in paths]
    absolute = set(p.startswith('/') for p in paths)
    if len(absolute) != 1:
        raise ValueError("Can't mix absolute and relative paths")
    split_paths = [[c for c in s if c and c != '.'] for s in split_paths]
    s1 = min(split_paths)
    s2 = max(split_paths)
    common = s1
    for i, c in enumerate(s1):
        if c != s2[i]:
            common = s1[:i]
            break
    prefix = '/' if paths[0].startswith('/') else ''
    return prefix + '/'.join(common)


def expanduser(path):
    # The host's home directory is not a script's to know: `~` stays.
    return _text(path)


def expandvars(path):
    # `os.environ` is empty, and CPython leaves unknown variables as they
    # are.
    return _text(path)


def _mode(path, follow=True):
    try:
        st = os.stat(path, follow_symlinks=follow)
    except (OSError, ValueError):
        if not os._files_allowed():
            raise
        return None
    return st.st_mode


def exists(path):
    return _mode(path) is not None


def lexists(path):
    return _mode(path, False) is not None


def isfile(path):
    mode = _mode(path)
    return mode is not None and _stat_bits.S_ISREG(mode)


def isdir(s):
    mode = _mode(s)
    return mode is not None and _stat_bits.S_ISDIR(mode)


def islink(path):
    mode = _mode(path, False)
    return mode is not None and _stat_bits.S_ISLNK(mode)


def ismount(path):
    return normpath(abspath(path)) == '/'


def getsize(filename):
    return os.stat(filename).st_size


def getmtime(filename):
    return os.stat(filename).st_mtime


def getatime(filename):
    return os.stat(filename).st_atime


def getctime(filename):
    return os.stat(filename).st_ctime


def samefile(f1, f2):
    s1 = os.stat(f1)
    s2 = os.stat(f2)
    return s1.st_ino == s2.st_ino and s1.st_dev == s2.st_dev
