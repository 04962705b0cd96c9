# Comparisons of built strs with literals and with each other: ==, !=, <,
# ordering by code point, non-ASCII included, and sorting built strs.
a = "app" + "le"
b = "".join(["b", "a", "nana"])
c = "cherr" + "y"
print(a == "apple", a < b < c, c > "cherry"[:5], a <= "apple", a >= "applf", "Apple" < a, "é" > "z", "€" > "é", "😀" > "€")
words = []
for i in range(300):
    w = ""
    n = i
    for _ in range(3):
        w = chr(97 + n % 5) + w
        n //= 5
    words.append(w)
s = sorted(words)
print(s[:5], s[-3:], words[7], s.index("bcd"), min(words), max(words))
uniq = {}
for w in words:
    uniq[w] = True
print(len(uniq), sorted(uniq)[:3])
mixed = ["é" + "a", "e" + "b", "ea", "€", "😀", "z", "Z", "", "a" * 3]
print(sorted(mixed), sorted(mixed, reverse=True)[0], sorted(mixed, key=len))
eq = 0
for i in range(300):
    if str(i) == "%d" % i and f"{i}" == str(i) and str(i) != str(i + 1):
        eq += 1
print(eq)
