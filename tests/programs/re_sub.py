# sub / subn: templates, replacement functions, count, empty matches, re.escape.
import re

# reorder dates with numbered, \g<n> and named references
dates = "start 2024-01-31, end 2024-12-01"
print(re.sub(r"(\d{4})-(\d\d)-(\d\d)", r"\3/\2/\1", dates))
print(re.sub(r"(\d{4})-(\d\d)-(\d\d)", r"\g<2>.\g<3>.\g<1>", dates))
print(re.sub(r"(?P<y>\d{4})-(?P<m>\d\d)-(?P<d>\d\d)", r"\g<d>-\g<m>-\g<y>", dates))
print(re.sub(r"\d{4}", r"[\g<0>]", dates))
# \g<1>0 is group 1 then a literal 0; \10 would mean group 10
print(re.sub(r"(\d)", r"\g<1>0", "a1b2"))
# escapes inside templates: \n \t and \\ are processed, a plain backslash pair too
print(re.sub(r",\s*", r"\n", "a, b,c"))
print(re.sub(r" ", r"\t", "x y").split("\t"))
print(re.sub(r"/", r"\\", "C:/Users/me"))
print(re.sub(r"(a)", "\\1\\1", "banana"))
# a group that did not match is replaced by ''
print(re.sub(r"(\w+)(:(\d+))?", r"<\1|\3>", "host:80 other"))
# a non-template string is used as is when it has no backslash
print(re.sub(r"o", "0", "foo boo"), re.sub(r"[aeiou]", "", "programming language"))

# replacement functions
def upper_word(m):
    return m.group(0).upper()

print(re.sub(r"\b[a-z]", upper_word, "the quick brown fox"))
print(re.sub(r"\d+", lambda m: str(int(m.group()) * 2), "3 apples and 12 pears"))

prices = {"apple": 0.5, "pear": 0.75}
def price_of(m):
    name = m.group("item")
    if name in prices:
        return f"{name}(${prices[name]:.2f})"
    return name

print(re.sub(r"(?P<item>[a-z]+)", price_of, "apple pear kiwi"))

# a template-looking result from a function is NOT expanded
print(re.sub(r"(x)", lambda m: r"\1", "axb"))

# count= limits, subn also returns the number made
print(re.sub(r"a", "A", "banana", count=2))
print(re.sub(r"a", "A", "banana", 1))
print(re.subn(r"a", "A", "banana"))
print(re.subn(r"z", "Z", "banana"))
print(re.subn(r"\s+", " ", "  too   many    spaces  "))
n_words = re.subn(r"\w+", "", "one two three")[1]
print(n_words)

# empty matches (3.7+): replaced also right after a non-empty match
print(re.sub(r"x*", "-", "abxd"))
print(re.subn(r"x*", "-", "abxd"))
print(re.sub(r"", "|", "abc"))
print(re.sub(r"a*", "<\\g<0>>", "baac"))
print(re.sub(r"\b", "|", "hi you"))
print(re.sub(r"(?=\d{3}(?!\d))", ",", "1234567"))
print(re.sub(r"^", "> ", "line one\nline two", flags=re.M))
print(re.sub(r"$", ";", "a\nb\n", flags=re.M))
print(re.sub(r"$", ";", "a\nb\n"))

# thousands separators with a lookaround substitution
def commas(n):
    return re.sub(r"(?<=\d)(?=(\d{3})+$)", ",", str(n))

for n in [7, 1000, 123456, 98765432100]:
    print(commas(n))

# case-insensitive substitution that keeps the rest
print(re.sub(r"python", "Rumba", "Python, PYTHON and python", flags=re.I))
print(re.sub(r"(?i)red", "blue", "Red red RED"))

# re.escape makes user text safe inside a pattern
for s in ["1+1=2", "a.b*c", "[x]", "(hi)?", "path/to file", "tab\there", "ünï", "$5 ^ {3}", "a-b_c"]:
    print(repr(re.escape(s)), bool(re.fullmatch(re.escape(s), s)))
needle = "f(x)"
print(re.sub(re.escape(needle), "g(x)", "y = f(x) + f(x)*2"))
# escape a replacement that contains backslashes via a function
print(re.sub(r"X", lambda m: "\\d", "aXb"))
print(re.sub(r"X", r"\\d", "aXb"))

# a tiny template engine
template = "Hello {{ name }}, you owe {{amount}} {{ currency }}. {{missing}}!"
values = {"name": "Ada", "amount": "42", "currency": "EUR"}
print(re.sub(r"\{\{\s*(\w+)\s*\}\}", lambda m: values.get(m.group(1), "?"), template))

# snake_case <-> camelCase
def to_snake(name):
    s = re.sub(r"(.)([A-Z][a-z]+)", r"\1_\2", name)
    return re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", s).lower()

def to_camel(name):
    return re.sub(r"_([a-z])", lambda m: m.group(1).upper(), name)

for name in ["getHTTPResponseCode", "parseJSON", "simple", "HTTPServer2Go"]:
    print(name, to_snake(name), to_camel(to_snake(name)))

# compiled pattern sub with count
p = re.compile(r"(\w)(\w*)")
print(p.sub(r"\2\1ay", "pig latin is fun", count=3))
print(p.subn(lambda m: m.group(0)[::-1], "abc def"))
