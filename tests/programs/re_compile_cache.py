# Compiled patterns: reuse in loops, module-level constants, patterns in dicts and lists,
# compiling the same source twice, Pattern.groups / groupindex / pattern, re.purge.
import re

WORD = re.compile(r"[A-Za-z']+")
NUMBER = re.compile(r"-?\d+(?:\.\d+)?")

lines = [
    "It's 42 degrees in 'Paris' today.",
    "Temperature dropped to -3.5 at night",
    "No numbers here",
    "1 2 3 go",
]
for line in lines:
    words = WORD.findall(line)
    nums = [float(n) for n in NUMBER.findall(line)]
    print(len(words), words[:3], nums, sum(nums))

# the same source compiled twice gives equal, interchangeable patterns
a = re.compile(r"\d+")
b = re.compile(r"\d+")
print(a == b, a.pattern == b.pattern, a.findall("1 22") == b.findall("1 22"))
print(re.compile(r"\d+") == re.compile(r"\d+", re.I), re.compile("x") != re.compile("y"))
# a compiled pattern passed back to compile is returned unchanged
print(re.compile(a) is a, re.compile(a).pattern)
# module functions accept a compiled pattern as well
print(re.findall(a, "7 and 8"), re.sub(a, "#", "a1b22"), re.split(a, "x1y2z"))

# Pattern attributes
p = re.compile(r"(?P<user>\w+)@(?P<host>[\w.]+)(?::(\d+))?")
print(p.pattern, p.groups)
print(dict(p.groupindex))
print(sorted(p.groupindex.items(), key=lambda kv: kv[1]))
print(re.compile(r"abc").groups, dict(re.compile(r"abc").groupindex))
print(re.compile(r"(a)(?:b)(?P<c>c)((d))").groups, dict(re.compile(r"(a)(?:b)(?P<c>c)((d))").groupindex))
m = p.match("root@example.com:22")
print(m.groups(), m.re is p, m.re.groups, m.lastgroup)

# a dispatch table of compiled patterns, tried in order
RULES = [
    ("email", re.compile(r"^[\w.+-]+@[\w-]+(\.[\w-]+)+$")),
    ("ipv4", re.compile(r"^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$")),
    ("hex", re.compile(r"^0[xX][0-9a-fA-F]+$")),
    ("int", re.compile(r"^[-+]?\d+$")),
    ("date", re.compile(r"^\d{4}-\d{2}-\d{2}$")),
]

def classify(token):
    for name, pat in RULES:
        m = pat.match(token)
        if m:
            if name == "ipv4" and any(int(g) > 255 for g in m.groups()):
                continue
            return name
    return "other"

for token in ["a.b+c@mail.example.org", "10.0.0.255", "300.1.1.1", "0xBEEF", "-17", "2024-02-29", "hello", "x@y"]:
    print(f"{token:>24} {classify(token)}")

# patterns as dict values keyed by name, and as dict keys (equal patterns collide)
validators = {
    "zip": re.compile(r"\d{5}(-\d{4})?"),
    "state": re.compile(r"[A-Z]{2}"),
}
for field, value in [("zip", "12345"), ("zip", "12345-678"), ("zip", "12345-6789"), ("state", "ny"), ("state", "NY")]:
    print(field, value, validators[field].fullmatch(value) is not None)

seen = {}
for src in [r"\d+", r"\w+", r"\d+", r"[ab]", r"\w+", r"\d+"]:
    pat = re.compile(src)
    seen[pat] = seen.get(pat, 0) + 1
print([(k.pattern, v) for k, v in seen.items()])

# compiling inside a loop (hits the module cache) behaves like a hoisted pattern
total = 0
for i in range(200):
    total += len(re.findall(r"[aeiou]", "the quick brown fox %d" % i))
print(total)
hoisted = re.compile(r"[aeiou]")
print(sum(len(hoisted.findall("the quick brown fox %d" % i)) for i in range(200)))

# many distinct patterns, more than a small cache holds
counts = []
for n in range(1, 600):
    counts.append(len(re.findall("a{%d}|y{%d}" % (n % 7 + 1, n), "a" * 20)))
print(sum(counts), counts[:10])
re.purge()
print(re.match(r"a{3}", "aaaa").group())

# building a pattern from a list of keywords
keywords = ["if", "else", "elif", "while", "for", "in"]
kw = re.compile(r"\b(?:" + "|".join(sorted(map(re.escape, keywords), key=len, reverse=True)) + r")\b")
print(kw.pattern)
print(kw.findall("if x in xs: elif y for z while iffy info"))
