# The `re` module of Rumba: CPython 3.11's API over the native engine in
# vm/src/modules/re/ (see re.rs for the natives this module calls).

NOFLAG = 0
TEMPLATE = T = 1
IGNORECASE = I = 2
LOCALE = L = 4
MULTILINE = M = 8
DOTALL = S = 16
UNICODE = U = 32
VERBOSE = X = 64
DEBUG = 128
ASCII = A = 256

_FLAG_NAMES = (
    (TEMPLATE, "re.TEMPLATE"),
    (IGNORECASE, "re.IGNORECASE"),
    (LOCALE, "re.LOCALE"),
    (MULTILINE, "re.MULTILINE"),
    (DOTALL, "re.DOTALL"),
    (UNICODE, "re.UNICODE"),
    (VERBOSE, "re.VERBOSE"),
    (DEBUG, "re.DEBUG"),
    (ASCII, "re.ASCII"),
)

_END = 9223372036854775807
_MAXCACHE = 512


# `Pattern[str]`, as CPython's `classmethod(GenericAlias)`.
_GenericAlias = type(list[int])


class error(Exception):
    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        if pattern is not None and pos is not None:
            msg = "%s at position %d" % (msg, pos)
            newline = "\n" if isinstance(pattern, str) else b"\n"
            self.lineno = pattern.count(newline, 0, pos) + 1
            self.colno = pos - pattern.rfind(newline, 0, pos)
            if newline in pattern:
                msg = "%s (line %d, column %d)" % (msg, self.lineno, self.colno)
        else:
            self.lineno = self.colno = None
        super().__init__(msg)


def _text(string, found, i, default=None):
    start = found[2 * i + 1]
    if start < 0:
        return default
    if isinstance(string, bytearray):
        return bytes(string[start:found[2 * i + 2]])
    return string[start:found[2 * i + 2]]


class Pattern:
    def __class_getitem__(cls, item):
        return _GenericAlias(cls, item)

    def __init__(self, pattern, flags, groups, groupindex, given_flags):
        self.pattern = pattern
        self.flags = flags
        self.groups = groups
        self.groupindex = groupindex
        self._given = given_flags
        self._names = {index: name for name, index in groupindex.items()}

    def __repr__(self):
        shown = repr(self.pattern)[:200]
        flags = self.flags
        if isinstance(self.pattern, str):
            flags &= ~UNICODE
        if not flags:
            return "re.compile(%s)" % shown
        names = []
        for bit, name in _FLAG_NAMES:
            if flags & bit:
                names.append(name)
                flags &= ~bit
        if flags:
            names.append(hex(flags))
        return "re.compile(%s, %s)" % (shown, "|".join(names))

    def __eq__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        return self.flags == other.flags and self.pattern == other.pattern

    def __hash__(self):
        return hash((self.pattern, self.flags))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    match = _native_pattern_match
    fullmatch = _native_pattern_fullmatch
    search = _native_pattern_search

    def findall(self, string, pos=0, endpos=_END):
        return _native_findall(self.pattern, self._given, string, pos, endpos)

    def finditer(self, string, pos=0, endpos=_END):
        found = _native_scan(self.pattern, self._given, string, pos, endpos, 0)
        return iter([Match(self, string, pos, endpos, f) for f in found])

    def split(self, string, maxsplit=0):
        if maxsplit < 0:
            return [string]
        return _native_split(self.pattern, self._given, string, maxsplit)

    def sub(self, repl, string, count=0):
        return self._subx(repl, string, count)[0]

    def subn(self, repl, string, count=0):
        return self._subx(repl, string, count)

    def _subx(self, repl, string, count):
        if count < 0:
            return string[0:0] + string, 0
        if callable(repl):
            return self._sub_calling(repl, string, count)
        if isinstance(repl, str):
            if "\\" not in repl:
                return _native_sub(self.pattern, self._given, string, [repl], count)
        elif isinstance(repl, (bytes, bytearray)):
            if b"\\" not in repl:
                return _native_sub(self.pattern, self._given, string, [bytes(repl)], count)
        else:
            raise TypeError("expected str or bytes-like object, got '%s'" % type(repl).__name__)
        return _native_sub(self.pattern, self._given, string, _template(self, repl), count)

    def _sub_calling(self, repl, string, count):
        found = _native_scan(self.pattern, self._given, string, 0, _END, count)
        pieces = []
        last = 0
        n = len(string)
        for f in found:
            if last < f[1]:
                pieces.append(string[last:f[1]])
            item = repl(Match(self, string, 0, n, f))
            if item is not None:
                pieces.append(item)
            last = f[2]
        if last < n:
            pieces.append(string[last:])
        joiner = "" if isinstance(string, str) else b""
        return joiner.join(pieces), len(found)


class Match:
    def __class_getitem__(cls, item):
        return _GenericAlias(cls, item)

    # What is seldom read (the bounds, the last group) is worked out when
    # it is: a match in a loop makes only these attributes.
    def __init__(self, pattern, string, pos, endpos, found):
        self.re = pattern
        self.string = string
        self._pos = pos
        self._endpos = endpos
        self._found = found

    @property
    def pos(self):
        return min(max(self._pos, 0), len(self.string))

    @property
    def endpos(self):
        return min(max(self._endpos, 0), len(self.string))

    @property
    def lastindex(self):
        return self._found[0] or None

    @property
    def lastgroup(self):
        return self.re._names.get(self._found[0])

    def _index(self, group):
        if isinstance(group, int):
            if 0 <= group <= self.re.groups:
                return group
        elif isinstance(group, str):
            index = self.re.groupindex.get(group)
            if index is not None:
                return index
        raise IndexError("no such group")

    group = _native_group
    __getitem__ = _native_group

    def groups(self, default=None):
        return tuple([_text(self.string, self._found, i, default) for i in range(1, self.re.groups + 1)])

    def groupdict(self, default=None):
        return {name: _text(self.string, self._found, index, default) for name, index in self.re.groupindex.items()}

    def start(self, group=0):
        return self._found[2 * self._index(group) + 1]

    def end(self, group=0):
        return self._found[2 * self._index(group) + 2]

    def span(self, group=0):
        i = self._index(group)
        return (self._found[2 * i + 1], self._found[2 * i + 2])

    @property
    def regs(self):
        return tuple([(self._found[2 * i + 1], self._found[2 * i + 2]) for i in range(self.re.groups + 1)])

    def expand(self, template):
        if isinstance(template, bytearray):
            template = bytes(template)
        pieces = _template(self.re, template)
        out = []
        for piece in pieces:
            if isinstance(piece, int):
                text = _text(self.string, self._found, piece)
                if text is not None:
                    out.append(text)
            else:
                out.append(piece)
        return (template[0:0]).join(out) if out else template[0:0]

    def __repr__(self):
        return "<re.Match object; span=%r, match=%s>" % (self.span(), repr(self.group())[:50])

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


_ESCAPES = {"a": "\a", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t", "v": "\v", "\\": "\\"}
_OCTAL = "01234567"
_DIGITS = "0123456789"
_ASCII_LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
_template_cache = {}


def _template(pattern, repl):
    """A replacement template read into literal pieces and group numbers,
    with CPython's errors; bytes templates are read as latin-1 text."""
    key = (pattern, repl)
    pieces = _template_cache.get(key)
    if pieces is None:
        if len(_template_cache) >= _MAXCACHE:
            _template_cache.clear()
        is_bytes = not isinstance(repl, str)
        source = repl.decode("latin-1") if is_bytes else repl
        pieces = _read_template(pattern, source, repl)
        if is_bytes:
            pieces = [p if isinstance(p, int) else p.encode("latin-1") for p in pieces]
        _template_cache[key] = pieces
    return pieces


def _read_template(pattern, s, original):
    out = []
    literal = []
    n = len(s)
    i = 0

    def fail(msg, pos):
        raise error(msg, original, pos)

    def add_group(index, pos):
        if index > pattern.groups:
            fail("invalid group reference %d" % index, pos)
        if literal:
            out.append("".join(literal))
            literal.clear()
        out.append(index)

    while i < n:
        c = s[i]
        if c != "\\":
            literal.append(c)
            i += 1
            continue
        if i + 1 >= n:
            fail("bad escape (end of pattern)", n - 1)
        c = s[i + 1]
        i += 2
        if c == "g":
            if i >= n or s[i] != "<":
                fail("missing <", i)
            i += 1
            start = i
            while i < n and s[i] != ">":
                i += 1
            name = s[start:i]
            if i >= n:
                if not name:
                    fail("missing group name", n)
                fail("missing >, unterminated name", n - len(name))
            i += 1
            if not name:
                fail("missing group name", i - 1)
            if name.isidentifier():
                index = pattern.groupindex.get(name)
                if index is None:
                    raise IndexError("unknown group name %r" % name)
            else:
                if name.isdigit() and name.isascii():
                    index = int(name)
                else:
                    fail("bad character in group name %r" % name, i - len(name) - 1)
                if index >= 2**31:
                    fail("invalid group reference %d" % index, i - len(name) - 1)
            add_group(index, i - len(name) - 1)
        elif c == "0":
            digits = ""
            while len(digits) < 2 and i < n and s[i] in _OCTAL:
                digits += s[i]
                i += 1
            literal.append(chr(int("0" + digits, 8) & 0xFF))
        elif c in _DIGITS:
            text = c
            if i < n and s[i] in _DIGITS:
                text += s[i]
                i += 1
                if c in _OCTAL and text[1] in _OCTAL and i < n and s[i] in _OCTAL:
                    text += s[i]
                    i += 1
                    value = int(text, 8)
                    if value > 0o377:
                        fail("octal escape value \\%s outside of range 0-0o377" % text, i - len(text) - 1)
                    literal.append(chr(value))
                    continue
            add_group(int(text), i - len(text))
        elif c in _ESCAPES:
            literal.append(_ESCAPES[c])
        elif c in _ASCII_LETTERS:
            fail("bad escape \\%s" % c, i - 2)
        else:
            literal.append("\\" + c)
    if literal:
        out.append("".join(literal))
    return out


_cache = {}


def _compile(pattern, flags):
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError("cannot process flags argument with a compiled pattern")
        return pattern
    key = (type(pattern), pattern, flags)
    compiled = _cache.get(key)
    if compiled is not None:
        return compiled
    if not isinstance(pattern, (str, bytes)):
        raise TypeError("first argument must be string or compiled pattern")
    made = _native_compile(pattern, flags)
    if made[0] is None:
        raise error(made[1], pattern, made[2])
    compiled = Pattern(pattern, made[0], made[1], dict(made[2]), flags)
    if len(_cache) >= _MAXCACHE:
        del _cache[next(iter(_cache))]
    _cache[key] = compiled
    return compiled


def compile(pattern, flags=0):
    return _compile(pattern, flags)


def match(pattern, string, flags=0):
    return _compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    return _compile(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    return _compile(pattern, flags).search(string)


def findall(pattern, string, flags=0):
    return _compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    return _compile(pattern, flags).finditer(string)


def split(pattern, string, maxsplit=0, flags=0):
    return _compile(pattern, flags).split(string, maxsplit)


def sub(pattern, repl, string, count=0, flags=0):
    return _compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    return _compile(pattern, flags).subn(repl, string, count)


def purge():
    _cache.clear()
    _template_cache.clear()


_SPECIAL = {c: "\\" + c for c in "()[]{}?*+-|^$\\.&~# \t\n\r\v\f"}


def escape(pattern):
    if isinstance(pattern, str):
        return "".join([_SPECIAL.get(c, c) for c in pattern])
    text = bytes(pattern).decode("latin-1")
    return "".join([_SPECIAL.get(c, c) for c in text]).encode("latin-1")
