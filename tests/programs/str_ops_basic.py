a = "hello"
b = "world"
print(a + " " + b, a * 2, 3 * "ab", "x" * 0, "x" * -2, "" * 5, len(a), len(""), len(a * 100))
print(a[0], a[-1], a[1:3], a[:2], a[2:], a[::2], a[::-1], a[-3:-1], a[10:], a[-10:2], a[4:1:-1])
print("ell" in a, "" in a, "xyz" not in a, "h" in "", "lo" in a)
print(a < b, a > b, a == "hello", a != "Hello", "Z" < "a", "abc" < "abcd", "" < "a", "b" > "abc", "é" > "z")
print(sorted(["b", "a", "B", "é", "A", "z", "aa"]), max("hello"), min(["pear", "apple"]))
chars = []
for c in "héllo":
    chars.append(c)
print(chars, list("abc"), tuple("ab"), [c * 2 for c in "xyz"])
s = ""
for i in range(5):
    s += chr(ord("a") + i)
print(s, s.upper(), str(123) + "4", str(-1.5), str(True), str(None), str([1]))
x = "abc"
y = x
x += "d"
print(x, y, x is not y)
print("a" "b" 'c', "multi" \
      "line", ("implicit"
               " join"))
print("%s" % "pct", "=" * 20)
