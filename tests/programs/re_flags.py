# Flags: IGNORECASE, MULTILINE, DOTALL, VERBOSE, ASCII, combined with |, and non-ASCII case folding.
import re

# IGNORECASE, long and short names
print(re.findall(r"error", "Error ERROR error eRRoR", re.IGNORECASE))
print(re.findall(r"error", "Error ERROR error eRRoR", re.I))
print(re.findall(r"[a-c]+", "ABCabcXYZ", re.I))
print(re.findall(r"[^a-c]+", "ABCxyzabc", re.I))
print(re.findall(r"[A-Z]+", "hello World", flags=re.I))
print(re.sub(r"the", "a", "The cat and the hat", flags=re.I))
print(bool(re.match(r"(\w+) \1", "Hello hello", re.I)), bool(re.match(r"(\w+) \1", "Hello hello")))

# case-insensitive matching of non-ASCII letters
print(re.findall(r"straße", "STRASSE Straße STRAẞE straße", re.I))
print(re.findall(r"über", "ÜBER Über über", re.I))
print(re.findall(r"σοφία", "ΣΟΦΊΑ Σοφία", re.I))
print(re.findall(r"[α-ω]+", "ΑΒΓ δεζ", re.I))
print(re.findall(r"é", "É é e", re.I))
print(re.findall(r"ǅ", "Ǆ ǅ ǆ", re.I))
print(re.findall(r"σ", "Σ σ ς", re.I))
print(re.findall(r"k", "K k \u212a", re.I))
print(re.findall(r"i", "I i \u0130 \u0131", re.I))
print(re.findall(r"\u00b5", "\u00b5 \u03bc \u039c", re.I))
print(re.findall(r"[k]", "K k \u212a", re.I))
print(re.findall(r"ДОМ", "дом Дом ДОМ", re.I))

# MULTILINE
log = "INFO start\nWARN disk low\nINFO done\nERROR crash"
print(re.findall(r"^(\w+) ", log))
print(re.findall(r"^(\w+) ", log, re.MULTILINE))
print(re.findall(r"^(\w+) ", log, re.M))
print(re.findall(r"\w+$", log, re.M))
print(re.search(r"^WARN.*$", log, re.M).group())

# DOTALL
html = "<p>one\ntwo</p><p>three</p>"
print(re.findall(r"<p>(.*?)</p>", html))
print(re.findall(r"<p>(.*?)</p>", html, re.DOTALL))
print(re.findall(r"<p>(.*?)</p>", html, re.S))

# VERBOSE: whitespace ignored, # starts a comment, except in classes and when escaped
phone = re.compile(r"""
    ^\(?(\d{3})\)?    # area code, optional parentheses
    [\s.-]?           # separator
    (\d{3})           # exchange
    [ .-]             # a space in a class is kept
    (\d{4})$          # line number
""", re.VERBOSE)
for s in ["(555) 123-4567", "555.123.4567", "5551234567", "555 123 4567"]:
    m = phone.match(s)
    print(s, m.groups() if m else None)

hashtag = re.compile(r"""
    \#        # a literal hash, escaped
    (\w+)     # the tag
    \ and     # an escaped space
""", re.X)
print(hashtag.findall("#red and #blue and#x"))

amount = re.compile(r"""
    (?P<sign>[-+])?
    (?P<int>\d{1,3}(?:,\d{3})*)
    (?:\.(?P<frac>\d+))?
""", re.X)
for s in ["1,234.50", "-7", "+12,000", "3.14159"]:
    print(amount.fullmatch(s).groupdict())

# ASCII: \w \d \s \b and case-insensitivity restricted to ASCII
s = "café 123 ٣٤ naïve"
print(re.findall(r"\w+", s))
print(re.findall(r"\w+", s, re.ASCII))
print(re.findall(r"\w+", s, re.A))
print(re.findall(r"\d+", s), re.findall(r"\d+", s, re.A))
print(re.findall(r"\s", "a\u00a0b c", re.A))
print(re.findall(r"\bna", s, re.A))
print(re.findall(r"é", "É é", re.I | re.A))
print(re.findall(r"(?a)\w+", "über"))
print(re.findall(r"(?u)\w+", "über"))

# combining flags with |
text = "Title: Alpha\nbody text\ntitle: beta\n"
print(re.findall(r"^title: (.*)$", text, re.I | re.M))
print(re.findall(r"alpha.body", text, re.I | re.S))
print(re.findall(r"""^ title : \s (\w+)  # the title word
""", text, re.I | re.M | re.X))
both = re.I | re.M
print(re.findall(r"^t\w+", text, both))
print(re.findall(r"^t\w+", text, flags=both | re.A))

# compiled patterns keep their flags; inline flags agree with the argument
p = re.compile(r"^x", re.M)
print(p.findall("x\nx\ny"), p.sub("y", "x\nx"))
q = re.compile(r"(?m)^x")
print(q.findall("x\nx\ny"))
print((p.flags & re.M) != 0, (re.compile("x").flags & re.I) != 0, (re.compile("(?i)x").flags & re.I) != 0)
print(re.compile(r"a.b", re.S | re.I).fullmatch("A\nB").group())
