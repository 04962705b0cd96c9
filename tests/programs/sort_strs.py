# Sorting strs: by code point (ASCII, accents, CJK, emoji), stable for
# equal keys, with key= and reverse=, and the error for mixed types.
words = ["pear", "Apple", "apple", "éclair", "zebra", "", "a", "ab", "aB", "Ab",
         "日本", "中文", "😀", "z\u00e9", "ze", "\u00ff", "\u0100", "~", " "]
print(sorted(words))
print(sorted(words, reverse=True))
print(sorted(words, key=str.lower))
print(sorted(words, key=len))
pairs = [("b", 1), ("a", 2), ("b", 0), ("a", 1)]
print(sorted(pairs, key=lambda p: p[0]))
print(sorted(pairs, key=lambda p: p[0], reverse=True))
chars = list("the quick brown fox jumps over the lazy dog 0123456789")
chars.sort()
print("".join(chars))
print(sorted(str(n) for n in range(25)))
big = [str((i * 7919) % 1000) for i in range(300)]
print(sorted(big)[:10], sorted(big)[-5:])
print(max(words), min(words))
try:
    sorted(["a", 1, "b"])
except TypeError as e:
    print("TypeError:", e)
