# str.strip and its sides without arguments: every ASCII whitespace byte
# (\x1c-\x1f included), non-ASCII whitespace at either end, and strs
# that are only whitespace or none, through the method and the type.
cases = ["  a  ", "\t\nx\x0b\x0c\r", "\x1c\x1d y \x1e\x1f", "\u3000 z \u3000", " \xa0é\u2003 ", "", "   ", "abc", "\x85q\x85", " \u00e9 ", "\x80x"]
for c in cases:
    print(repr(c.strip()), repr(c.lstrip()), repr(c.rstrip()), repr(c.strip(" a")), repr(str.strip(c)))
print(list(map(str.strip, cases)))
