s = "abcdefghij"
print(s[2:5], s[:3], s[7:], s[-3:], s[::2], s[::-1], s[1:8:3], s[100:], s[-100:2], s[5:2])
for ch in "héllo":
    print(ch, end=".")
print()
print(list("abc"), sorted("banana"), "b" in "abc", ord("a"), chr(97), ord("é"), chr(0x263a))
word = ""
for i in range(5):
    word += str(i)
print(word, word[::-1], str(12) + str(3.5) + str(None) + str(True))
print(repr("tab\there"), repr("new\nline"), repr("quote'"), repr('both\'"'), repr("\x00\x7f"), repr("é☺"))
print(min("hello"), max("hello"), "abc" < "abd", "abc".upper().lower())
