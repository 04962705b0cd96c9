# Strings built by += in hot loops compare equal to literals and work as
# dict keys and list items.
s = ""
for i in range(300):
    s += "ab"[i % 2]
print(len(s), s[:10], s[-4:], s == "ab" * 150, s[:4] == "abab", s < "abac", s > "ab" * 149)
word = ""
for ch in "hello":
    word = word + ch
print(word == "hello", word != "hellO", "hello" == word, word + "!" == "hello!", [word] == ["hello"], (word,) == ("hello",))
table = {"hello": 1, "world": 2}
print(table[word], word in table, ["hello", "x"].index(word), ["hello", word].count("hello"))
built = []
for i in range(300):
    t = ""
    for j in range(i % 5):
        t += str(j)
    built.append(t)
print(built[:6], built.count("0123"), built.count(""), built.index("012"))
keys = {}
for t in built:
    keys[t] = keys.get(t, 0) + 1
print(keys, keys["01" + "23"], keys[""])
bigs = "x" * 1000
acc = ""
for i in range(1000):
    acc += "x"
print(acc == bigs, len(acc), acc is not None)
