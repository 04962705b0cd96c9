# Matching over long inputs (10^4 to 10^5 characters): long repetitions, many
# matches, patterns that look catastrophic but match quickly, big substitutions.
# (Loops in Python over the results stay short: the corpus also runs under GC stress.)
import re


def lcg_text(n, alphabet, seed=1):
    x = seed
    out = []
    for _ in range(n):
        x = (x * 69069 + 1) % 4294967296
        out.append(alphabet[(x >> 20) % len(alphabet)])
    return "".join(out)


# a long run of a group repeated: (a|b)*c
ab = "ab" * 50000 + "c"
m = re.match(r"(a|b)*c", ab)
print(m.end(), m.group(1), m.span(1))
print(re.fullmatch(r"(?:ab)*c", ab) is not None, re.fullmatch(r"[ab]*", ab) is None)
print(len(re.match(r"(?:a|b)*?c", ab).group()))
print(re.search(r"c", ab).start(), re.search(r"ba(?=c)", ab))
m = re.match(r"((?:ab)+?)(?:ab)*c$", ab)
print(len(m.group(1)))

# one long word, greedy vs lazy and backing off
long_a = "a" * 100000
print(len(re.match(r"a*", long_a).group()), len(re.match(r"a*?", long_a).group()))
print(re.match(r"a*a{5}$", long_a).end(), re.match(r"(a*)(a{3})", long_a).span(2))
print(re.search(r"a+b", long_a + "b").span(), re.match(r"(?>a*)b", long_a))
print(re.match(r".*x", long_a), re.search(r"a{100}$", long_a).start())

uni = "é✓日🐍" * 25000 + "end"
print(re.search(r"end", uni).span(), len(re.findall(r"🐍", uni)), len(re.findall(r"\w+", uni)))

# many small matches in generated text
letters = lcg_text(20000, "abcdefghij  \n", seed=7)
words = re.findall(r"\w+", letters)
print(len(words), max(len(w) for w in words), sum(len(w) for w in words))
print(len(re.findall(r"^\w", letters, re.M)), len(re.findall(r"\w$", letters, re.M)))
print(len(re.split(r"\s+", letters)), len(re.findall(r"\b", letters)))
print(len(re.findall(r"(\w)\1", letters)), len(re.findall(r"a.c", letters)), len(re.findall(r"a.c", letters, re.S)))

# email-like tokens sprinkled into filler text
parts = []
for i in range(1500):
    if i % 7 == 0:
        parts.append(f"user{i}@host{i % 13}.com")
    elif i % 11 == 0:
        parts.append(f"broken{i}@@x.com")
    else:
        parts.append(lcg_text(12, "abcdefgh", seed=i))
blob = " ".join(parts)
print(len(blob))
emails = re.findall(r"\w+@\w+\.com", blob)
print(len(emails), emails[:3], emails[-1])
hosts = {}
for m in re.finditer(r"\w+@(\w+)\.com", blob):
    hosts[m.group(1)] = hosts.get(m.group(1), 0) + 1
print(sorted(hosts.items())[:4], len(hosts))

# patterns that look catastrophic but succeed, or fail fast thanks to structure
print(re.match(r"(a+)+b", "a" * 25 + "b").span())
print(re.match(r"(\w+\s?)*$", "word " * 2000) is not None)
print(re.fullmatch(r"(?:[^,]*,)*[^,]*", ",".join(["field"] * 20000)) is not None)
print(re.search(r"(x+x+)+y", "x" * 30 + "y").span())
print(re.match(r"(?:a|aa)*+b", "a" * 40 + "c"))
print(re.fullmatch(r"(?:\d+,)*+\d+", "12," * 30000 + "1") is not None)
print(re.search(r"\d{3}-\d{4}", "x" * 99990 + "555-1234").start())

# big substitutions and splits
digits = lcg_text(20000, "0123456789", seed=3)
out, n = re.subn(r"(\d)\1+", lambda m: f"[{m.group(1)}x{len(m.group())}]", digits)
print(n, len(out), out[:60])
print(len(re.sub(r"", "-", "abc" * 10000)))
print(len(re.sub(r"x*", "-", "ab" * 20000)))
print(len(re.split(r"[05]", digits)), len(re.split(r"([05])", digits)))
print(re.sub(r"\s+", " ", "a \n\t " * 30000).count(" "))
lines = "\n".join(f"key{i} = {i * i}" for i in range(2000))
total = sum(int(v) for v in re.findall(r"^key\d+ = (\d+)$", lines, re.M))
print(total, len(re.findall(r"^key\d*7 ", lines, re.M)))
