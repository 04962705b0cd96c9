# str.isidentifier: names, keywords, digits, non-ASCII letters.
for s in ["x", "_", "_x1", "1x", "", "a b", "class", "déjà", "名前", "a-b", "x\u00b2", "ℕ", "__init__"]:
    print(repr(s), s.isidentifier())
try:
    "x".isidentifier(1)
except TypeError as e:
    print(e)
