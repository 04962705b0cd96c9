s = "the quick brown fox jumps over the lazy dog"
print(s.find("the"), s.find("the", 1), s.find("the", 1, 20), s.find("cat"), s.find(""), s.find("", 100), s.find("g", -1))
print(s.index("quick"), s.index("o"), s.index("o", 13), s.index("dog", -5))
print(s.count("o"), s.count("the"), s.count(""), s.count("o", 20), s.count("o", 0, 15), "aaaa".count("aa"), "".count(""))
print("abc".find("c", -1), "abc".find("a", -1), "abc".find("bc", 1, 2), "abc".find("bc", 1, 3), "héllo".find("l"))
print("banana".find("na"), "banana".count("na"), "banana".index("a", 2), "banana".find("a", 6), "banana".count("a", -3))
text = "a-b-c-d"
pos = []
i = text.find("-")
while i != -1:
    pos.append(i)
    i = text.find("-", i + 1)
print(pos, "x" in text, "-c-" in text, "" in text, "B" in text)
print(s.startswith("the"), s.startswith("quick", 4), s.startswith(("a", "t")), s.endswith("dog"), s.endswith(("cat", "dog")))
print(s.endswith("lazy", 0, 39), "".startswith(""), "abc".startswith(""), "abc".endswith("abcd"), "abc".startswith("abc", 3))
