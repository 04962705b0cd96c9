# re basics: match/search/fullmatch, Match accessors, Pattern methods with pos/endpos.
import re


def show(label, m):
    if m is None:
        print(label, "-> no match")
    else:
        print(label, "->", repr(m.group()), m.span())


# match anchors at the start, search scans, fullmatch needs the whole string
show("match abc", re.match(r"abc", "abcdef"))
show("match def", re.match(r"def", "abcdef"))
show("search def", re.search(r"def", "abcdef"))
show("fullmatch a.c", re.fullmatch(r"a.c", "abc"))
show("fullmatch a.c long", re.fullmatch(r"a.c", "abcd"))
show("fullmatch alt", re.fullmatch(r"a|ab", "ab"))
show("search empty", re.search(r"", "xyz"))
show("search none", re.search(r"\d", "no digits here"))
print(re.match("x", "y") is None, bool(re.match("x", "x")))

# a date with numbered and named groups
m = re.search(r"(?P<year>\d{4})-(?P<month>\d\d)-(?P<day>\d\d)", "Released on 2023-07-14 at noon")
print(m.group(0), m.group(1), m.group("month"), m.group(3))
print(m.group(1, 2, "day"))
print(m.group(), m[0], m[1], m["day"])
print(m.groups())
print(m.groupdict())
print(m.start(), m.end(), m.span())
print(m.start(2), m.end("day"), m.span("year"))
print(m.lastindex, m.lastgroup)
print(m.pos, m.endpos, repr(m.string), m.re.pattern)

# optional groups that did not participate
m = re.match(r"(\w+)(?:\s+(\w+))?(?:\s+(\w+))?", "hello world")
print(m.groups())
print(m.groups(""))
print(m.groups(default="-"))
print(m.group(3), m.start(3), m.end(3), m.span(3))
print(m.lastindex, m.lastgroup)

m = re.match(r"(?P<key>\w+)=(?P<value>\w*)(?P<extra>;)?", "color=")
print(m.groupdict(), m.groupdict("?"))
print(m.lastindex, m.lastgroup, repr(m.group("value")))

# lastindex is the last group closed, not the highest numbered
m = re.match(r"(a)(b(c))", "abc")
print(m.lastindex, m.groups())
m = re.match(r"((a)(b))", "ab")
print(m.lastindex)
m = re.match(r"(?P<outer>x(?P<inner>y))", "xy")
print(m.lastgroup, m.lastindex)
print(re.match(r"abc", "abc").lastindex, re.match(r"abc", "abc").lastgroup)

# a group repeated keeps only its last iteration
m = re.match(r"(\d)+", "12345")
print(m.group(1), m.span(1))
m = re.match(r"(?:(a)|b)+", "ab")
print(m.group(1), m.span(1))

# compiled Pattern methods with pos and endpos
p = re.compile(r"\d+")
text = "ab12cd345ef6"
print(p.match(text), p.match(text, 2).group(), p.match(text, 3).group())
print(p.search(text, 4).group(), p.search(text, 5, 7).group())
m = p.search(text, 5, 8)
print(m.group(), m.pos, m.endpos, m.span())
print(p.fullmatch(text, 2, 4).group(), p.fullmatch(text, 2, 5))
print(p.findall(text, 3), p.findall(text, 0, 7))
print(p.search(text, 100), p.search(text, -5).group(), p.match(text, 2, 100).endpos)
print(re.compile(r"^cd").search(text, 4), re.compile(r"^ab").search(text))
print(re.compile(r"ef$").search(text, 0, 11).group())
print(p.pattern, p.groups, p.search("x").__class__.__name__)

# the reprs users print while debugging
print(repr(re.match(r"abc", "abcdef")))
print(re.search(r"\d+", "order 66 now"))
print(re.search(r"o.", "pythön ünïcode"))
print(repr(re.compile("a+b")))
print(re.compile(r"\d+\s"))
print(re.match(r"", "q"))

# Match used in a conditional, the usual idiom
for line in ["name: Ada", "age: 36", "bogus line", "city:Paris"]:
    m = re.match(r"(\w+):\s*(.*)", line)
    if m:
        key, value = m.groups()
        print(f"{key!r} => {value!r}")
    else:
        print("skipped", repr(line))

# expand uses a template with the match's groups
m = re.match(r"(\w+) (\w+)", "Grace Hopper")
print(m.expand(r"\2, \1"), m.expand(r"<\g<0>>"))
