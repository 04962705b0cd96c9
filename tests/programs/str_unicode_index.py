s = "héllo wörld ☺ 日本語 😀!"
print(len(s), s[1], s[7], s[12], s[14:17], s[-2], s[-1], s[::-1])
for i, c in enumerate("aé☺😀"):
    print(i, c, ord(c), hex(ord(c)))
print([ord(c) for c in "日本"], chr(26085) + chr(26412), chr(128512), chr(233), chr(0x41))
print("日本語".find("語"), "日本語".index("本"), "😀😀x".count("😀"), "a😀b".split("😀"), "é" * 3)
print("ÀÉÎ".lower(), "àéî".upper(), "😀".upper(), len("😀".upper()), "naïve café".replace("é", "e"))
print(repr("😀"), repr("日本"), str(["é", "😀"]), "ü" < "ü😀", "z" < "é" < "日" < "😀")
t = ""
for c in "abc☺":
    t = c + t
print(t, t[1:], t[:1])
