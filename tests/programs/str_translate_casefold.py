print("ß Straße ﬁne ΣΑΣ".casefold(), "ABC".casefold())
print("a\tbc\tdef\n\tx".expandtabs(), "a\tb".expandtabs(4), "a\tb".expandtabs(0), "a\tb".expandtabs(tabsize=2))
t = str.maketrans("abc", "xyz", "d")
print(t, "abcdd-cab".translate(t), "hello".translate({ord("l"): "L", ord("o"): None}), str.maketrans({"a": "1", 98: None}))
print("abc".translate(["A", "B"] * 50), dict.fromkeys("ab"), dict.fromkeys([1, 2], 0))
for f in [lambda: str.maketrans("ab", "c"), lambda: str.maketrans(1), lambda: str.maketrans({"ab": 1}), lambda: "a".translate({97: 5.5}), lambda: "a".translate({97: -1})]:
    try:
        f()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
