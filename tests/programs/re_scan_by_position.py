# A tokenizer that matches at one position after another in one text
# (Pattern.match(text, pos)), over ASCII and non-ASCII text: the tokens,
# their positions, and the text they cover.
import re

TOKEN = re.compile(r"\s*(?:(?P<num>\d+(?:\.\d*)?)|(?P<name>\w+)|(?P<op>\*\*|[-+*/()=]))")

def tokens(text):
    pos = 0
    out = []
    while pos < len(text):
        m = TOKEN.match(text, pos)
        if not m:
            raise SyntaxError("bad character %r at %d" % (text[pos], pos))
        out.append((m.lastgroup, m.group(m.lastgroup), m.start(m.lastgroup)))
        pos = m.end()
    return out

for src in ["x = 3.5 * (y + 42) ** 2", "é = 1 + föö(23) * bär", "数 = 七 + 8"]:
    print(tokens(src))
long = ("tête = 1 + 2 * ñ " * 3000).strip()
toks = tokens(long)
print(len(toks), toks[:3], toks[-1])
print(sum(1 for kind, _, _ in toks if kind == "name"))
try:
    tokens("a = 1 $ 2")
except SyntaxError as e:
    print(e)
