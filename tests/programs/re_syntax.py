# Pattern syntax: classes, escapes, anchors, quantifiers, groups, lookaround, inline flags,
# atomic groups, possessive quantifiers and conditionals.
import re


def fa(pattern, text, flags=0):
    print(f"{pattern!r:28} {text!r:20} {re.findall(pattern, text, flags)}")


def fm(pattern, text, flags=0):
    print(f"{pattern!r:28} {text!r:20} {[m.group() for m in re.finditer(pattern, text, flags)]}")


def sm(pattern, text, flags=0):
    m = re.search(pattern, text, flags)
    print(f"{pattern!r:28} {text!r:20} {m.group() if m else None!r} {m.span() if m else ''}")


# character classes
fa(r"[a-c]+", "abcdcba xyz")
fa(r"[^a-c\s]+", "abc def cab")
fa(r"[]a]+", "a]b]]a")
fa(r"[^]x]+", "a]bx]c")
fa(r"[-a]+", "a-b--a")
fa(r"[a-]+", "a-b--a")
fa(r"[\]\-\\]+", r"x]-\y")
fa(r"[.*+?]", "a.b*c+d?")
fa(r"[\d.]+", "v1.25 and 3")
fa(r"[\w-]+", "well-known co_op!")
fa(r"[^\W\d]+", "abc123_x9")
fa(r"[A-Fa-f0-9]{2}", "#FF a0 zz 7c")
fa(r"[\t\n ]+", "a \t\nb")
fa(r"[\x41-\x43]", "ABCD")
fa(r"[\u00e0-\u00ff]", "naïve café")

# shorthand classes
fa(r"\d+", "a1b22c333")
fa(r"\D+", "a1b22c333")
fa(r"\w+", "snake_case, x1!")
fa(r"\W+", "snake_case, x1!")
fa(r"\s+", "a \t\n\r\x0b\x0cb")
fa(r"\S+", "  two words ")
fa(r"\bcat\b", "cat concat cat's bobcat")
fa(r"\Bcat\B", "cat concatenate")
fa(r"\Aab", "abab")
fa(r"ab\Z", "abab\n")
fa(r"ab$", "abab\n")

# anchors and MULTILINE
text = "first line\nsecond line\nthird\n"
fa(r"^\w+", text)
fa(r"^\w+", text, re.M)
fa(r"\w+$", text)
fa(r"\w+$", text, re.M)
fa(r"\w+\Z", text, re.M)
fa(r"\Athird", text, re.M)
sm(r"line$", "line\n")
sm(r"line$", "line\n\n")
sm(r"line\n$", "line\n")
sm(r"^$", "", re.M)
fa(r"^$", "a\n\nb\n", re.M)

# dot and DOTALL
fa(r"a.c", "abc a\nc a.c")
fa(r"a.c", "abc a\nc a.c", re.S)
sm(r"<.*>", "<a>\n<b>")
sm(r"<.*>", "<a>\n<b>", re.S)

# quantifiers, greedy and lazy
fa(r"ab*", "a ab abbb")
fa(r"ab+", "a ab abbb")
fa(r"ab?", "a ab abbb")
fa(r"a{3}", "aaaaaaa")
fa(r"a{2,}", "a aa aaaaa")
fa(r"a{,2}", "aaaaa")
fa(r"a{2,3}", "aaaaaaa")
fa(r"a{2,3}?", "aaaaaaa")
fa(r"<.+?>", "<b>bold</b>")
fa(r"<.*?>", "<><i>")
fa(r"a*?b", "aaab")
fa(r"a??b", "aab")
fa(r"\d{2,}?", "12345")
fa(r"x{0}y", "xy")
fa(r"a{,}", "aa")
fa(r"a{1", "a{1 a{1,2")
fa(r"{", "a{b")

# alternation binds loosest
fa(r"ab|cd", "abd acd")
fa(r"a(b|c)d", "abd acd")
fa(r"^a|b$", "ab ab")
fa(r"cat|category", "category")
fa(r"category|cat", "category")

# nested, non-capturing and named groups, backreferences
sm(r"((a)(b(c)))", "xabcx")
print(re.match(r"((a)(b(c)))", "abc").groups())
print(re.match(r"(?:a(b))(?:c(d))?", "abcd").groups())
fa(r"(\w)\1", "hello bookkeeper")
fa(r"(\w+) \1", "the the cat sat sat")
fa(r"(?P<q>['\"]).*?(?P=q)", "say 'hi' and \"bye\"")
print(re.sub(r"(?P<ch>.)(?P=ch)+", r"\g<ch>", "aaabccddddx"))
sm(r"(a)|\1b", "b")
sm(r"(a)?b\1", "b")

# lookahead and lookbehind
fa(r"\w+(?=:)", "key: value, other: x")
fa(r"\b\w+\b(?!:)", "key: value")
fa(r"(?<=\$)\d+", "cost $42 or 17 or $7")
fa(r"(?<!\$)\b\d+", "cost $42 or 17 or $7")
fa(r"(?<=ab|xy)c", "abc xyc zzc")
fa(r"q(?!u)", "quit qat Iraq")
print(bool(re.match(r"(?=.*\d)(?=.*[a-z])(?=.*[A-Z]).{8,}$", "Passw0rdX")))
print(bool(re.match(r"(?=.*\d)(?=.*[a-z])(?=.*[A-Z]).{8,}$", "password1")))

# inline flags at the start and scoped
fa(r"(?i)hello", "Hello HELLO hello")
fa(r"(?m)^\w", "a\nb\nc")
fa(r"(?s)a.b", "a\nb")
fa("(?x) \\d+  # digits\n  [a-z]", "12a 3b c4d")
fa(r"(?i:h)ello", "Hello HELLO hello")
fa(r"a(?i:b)c", "abc aBc abC")
fa(r"(?i)a(?-i:b)c", "abc ABC AbC")
fa(r"(?s:.)x.", "\nx\n ax!")
fa(r"(?im)^ab", "AB\nab\nxab")

# comments
fa(r"a(?#this is a comment)b", "ab a b")

# atomic groups and possessive quantifiers (new in 3.11)
sm(r"(?>a+)b", "aaab")
sm(r"(?>a+)a", "aaaa")
sm(r"(?>ab|a)b", "ab")
sm(r"(?:ab|a)b", "ab")
sm(r"a++a", "aaaa")
sm(r"a*+b", "aaab")
sm(r"a?+a", "a")
sm(r"\d++\.", "123.")
sm(r"[^,]*+,", "abc,def")
sm(r"\w{2,3}+x", "abcx")
fa(r'"[^"]*+"', 'a "quoted" and "more"')

# conditional on a group
p = r"^(<)?\w+(?(1)>)$"
for s in ["<tag>", "tag", "<tag", "tag>"]:
    print(s, bool(re.match(p, s)))
fm(r"(\()?\d+(?(1)\)|;)", "(12) 34; (5; 6)")
fm(r"(?P<quote>')?\w+(?(quote)')", "'a' b 'c")

# escapes of special characters and literals
fa(r"\.\*\+\?\(\)\[\]\{\}\|\^\$", "x.*+?()[]{}|^$y")
fa(r"\x41\u00e9\U0001F600\t\101", "Aé😀\tA")
fa(r"\0", "a\x00b")
fa("\\\\", "a\\b")
