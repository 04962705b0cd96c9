tests = ["123", "12a", "", " ", "abc", "ABC", "aBc1", "١٢٣", "²", "3.5", "-1", "é", "日本", "\t\n", "a b", "\xa0", "_"]
for t in tests:
    print(repr(t), t.isdigit(), t.isalpha(), t.isspace())
print("".isdigit(), "".isalpha(), "".isspace())
total = 0
for ch in "a1b22c333":
    if ch.isdigit():
        total += int(ch)
print(total)
print([w for w in "the 3 little pigs 42 x".split() if w.isalpha()], [w for w in "1 a 22 b".split() if w.isdigit()])
