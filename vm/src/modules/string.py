# The `string` module of Rumba: CPython 3.11's constants, capwords and
# Template ($-substitution). Formatter is missing.

import re as _re

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords",
           "digits", "hexdigits", "octdigits", "printable", "punctuation",
           "whitespace", "Template"]

whitespace = ' \t\n\r\v\f'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    return (sep or ' ').join(map(str.capitalize, s.split(sep)))


class _Unset:
    pass


_UNSET = _Unset()


class Template:
    delimiter = '$'
    # Identifiers are ASCII, matched without regard to case.
    idpattern = r'(?a:[_a-z][_a-z0-9]*)'
    braceidpattern = None
    flags = _re.IGNORECASE

    def __init_subclass__(cls):
        super().__init_subclass__()
        cls.pattern = cls._make_pattern()

    @classmethod
    def _make_pattern(cls):
        if 'pattern' in cls.__dict__:
            pattern = cls.pattern
            return pattern if not isinstance(pattern, str) else _re.compile(pattern, cls.flags | _re.VERBOSE)
        delim = _re.escape(cls.delimiter)
        named = cls.idpattern
        braced = cls.braceidpattern or cls.idpattern
        text = (r'%s(?:(?P<escaped>%s)|(?P<named>%s)|{(?P<braced>%s)}|(?P<invalid>))'
                % (delim, delim, named, braced))
        return _re.compile(text, cls.flags)

    def __init__(self, template):
        self.template = template

    def _invalid(self, found):
        at = found.start('invalid')
        lines = self.template[:at].splitlines(keepends=True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = at - len(''.join(lines[:-1]))
            lineno = len(lines)
        raise ValueError('Invalid placeholder in string: line %d, col %d' % (lineno, colno))

    def _mapping(self, mapping, kws):
        if mapping is _UNSET:
            return kws
        if kws:
            merged = dict(mapping)
            merged.update(kws)
            return merged
        return mapping

    def substitute(self, mapping=_UNSET, /, **kws):
        mapping = self._mapping(mapping, kws)

        def convert(found):
            name = found.group('named') or found.group('braced')
            if name is not None:
                return str(mapping[name])
            if found.group('escaped') is not None:
                return self.delimiter
            if found.group('invalid') is not None:
                self._invalid(found)
            raise ValueError('Unrecognized named group in pattern', self.pattern)
        return self.pattern.sub(convert, self.template)

    def safe_substitute(self, mapping=_UNSET, /, **kws):
        mapping = self._mapping(mapping, kws)

        def convert(found):
            name = found.group('named') or found.group('braced')
            if name is not None:
                try:
                    return str(mapping[name])
                except KeyError:
                    return found.group()
            if found.group('escaped') is not None:
                return self.delimiter
            if found.group('invalid') is not None:
                return found.group()
            raise ValueError('Unrecognized named group in pattern', self.pattern)
        return self.pattern.sub(convert, self.template)

    def is_valid(self):
        for found in self.pattern.finditer(self.template):
            if found.group('invalid') is not None:
                return False
            if (found.group('named') is None and found.group('braced') is None
                    and found.group('escaped') is None):
                raise ValueError('Unrecognized named group in pattern', self.pattern)
        return True

    def get_identifiers(self):
        ids = []
        for found in self.pattern.finditer(self.template):
            name = found.group('named') or found.group('braced')
            if name is not None and name not in ids:
                ids.append(name)
            elif (name is None and found.group('invalid') is None
                  and found.group('escaped') is None):
                raise ValueError('Unrecognized named group in pattern', self.pattern)
        return ids


Template.pattern = Template._make_pattern()
