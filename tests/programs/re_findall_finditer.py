# findall / finditer: group-count rules, empty matches, non-ASCII text and code-point indices.
import re

text = "Call 555-1234 or 555-9876; office 020-7946-0018. Fax: none."

# no groups: list of whole matches
print(re.findall(r"\d+", text))
# one group: list of that group's strings
print(re.findall(r"(\d+)-\d+", text))
# several groups: list of tuples
print(re.findall(r"(\d{3})-(\d{4})", text))
# non-capturing groups do not count
print(re.findall(r"(?:\d{3}-)+\d{4}", text))
# an optional group that did not take part gives ''
print(re.findall(r"(\w+)(@\w+)?", "ann@x bob carl@y"))
print(re.findall(r"(a)|(b)", "abba"))
# a named group counts like any other group
print(re.findall(r"(?P<word>[A-Z]\w+)", text))

# finditer gives Match objects in order
for m in re.finditer(r"(\d{3})-(\d{4})", text):
    print(m.start(), m.end(), m.group(1), m.group(2))
print([m.span() for m in re.finditer(r"o", "foo boo")])
print(list(re.finditer(r"z", "abc")))

# empty matches: allowed everywhere, also right after a non-empty match
print(re.findall(r"x*", "axxb"))
print([m.span() for m in re.finditer(r"x*", "axxb")])
print(re.findall(r"", "abc"))
print(re.findall(r"\b", "hi there"))
print([m.span() for m in re.finditer(r"\b", "hi there")])
print(re.findall(r"a?", "baaa"))
print(re.findall(r"(a)?", "ab"))
print(re.findall(r"a*?", "aa"))
print(re.findall(r"^", "one\ntwo\nthree", re.M))
print(re.findall(r"$", "one\ntwo\n", re.M))
print(re.findall(r"$", "one\ntwo\n"))

# matches never overlap; scanning resumes after the previous match
print(re.findall(r"aa", "aaaaa"))
print(re.findall(r"aba", "abababa"))
print(len(re.findall(r"(?=aa)", "aaaaa")), [m.start() for m in re.finditer(r"(?=aba)", "abababa")])
print(re.findall(r"(?=(\d\d))", "12345"))
print(re.findall(r"a|ab", "abab"))
print(re.findall(r"ab|a", "abab"))
print(re.findall(r"\d+|\d+\.\d+", "3.14 and 42"))
print(re.findall(r"\d+\.\d+|\d+", "3.14 and 42"))

# non-ASCII text: \w knows letters of every script, indices count code points
s = "Café über Straße — Ελληνικά 日本語 naïve 🐍 x2"
print(re.findall(r"\w+", s))
for m in re.finditer(r"\w+", s):
    print(m.span(), len(m.group()), m.group())
print(re.search(r"über", s).span())
print(re.search(r"🐍", s).span(), s.index("🐍"))
print(re.findall(r"[α-ω]+", s))
print(re.findall(r"[\u4e00-\u9fff]", s))
print(re.findall(r"[^\x00-\x7f]", "aé€😀b"))
print(re.findall(r".", "é😀"), re.findall(r"\W", "a—b🐍c"))
print(re.findall(r"\d", "1٣۵७"), re.findall(r"\s", "a\u00a0b\u3000c\td"))
print([m.span() for m in re.finditer(r"e", "éeè e")])

# the usual word-frequency count
poem = """The fog comes
on little cat feet.
It sits looking
over harbor and city
on silent haunches
and then moves on."""
counts = {}
for word in re.findall(r"[a-z]+", poem.lower()):
    counts[word] = counts.get(word, 0) + 1
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
print(top)
print(len(re.findall(r"\bo\w*", poem)), re.findall(r"\b\w{6,}\b", poem))

# key=value pairs into a dict, tuple results unpacked
config = "host=example.org port=8080 debug=true  name='my app'"
pairs = re.findall(r"(\w+)=('[^']*'|\S+)", config)
print(pairs)
print({k: v.strip("'") for k, v in pairs})

# finditer on a compiled pattern with pos/endpos
p = re.compile(r"[aeiou]")
print([m.start() for m in p.finditer("education", 2, 7)])
print(p.findall("education", 3), p.findall("education", 0, 0))
