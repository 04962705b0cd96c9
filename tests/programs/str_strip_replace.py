s = "\t  padded text \n "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()), repr("".strip()), repr("   ".strip()))
print("xxabcxx".strip("x"), "xyzabczyx".strip("xyz"), "abc".strip("cba"), "--a--".lstrip("-"), "--a--".rstrip("-"))
print("www.example.com".strip("cmowz."), "  x  ".strip(" "), "aaa".lstrip("a") == "", "abc".strip(""))
print("hello".replace("l", "L"), "hello".replace("l", ""), "hello".replace("", "-"), "aaaa".replace("aa", "b"))
print("hello".replace("l", "L", 1), "hello".replace("l", "L", 0), "hello".replace("l", "L", -1), "hello".replace("z", "y"))
print("a.b.c".replace(".", "::"), "abcabc".replace("abc", "x", 1), "ééé".replace("é", "e"), "".replace("", "x"))
t = "  Mixed Case  "
print(t.upper(), t.lower(), t.strip().upper().lower(), "ABC123xyz".lower(), "straße".upper())
print("Hello World".upper().replace("WORLD", "there").lower())
print("ÉCOLE".lower(), "ñ".upper(), "ǅ".lower(), "İ".lower() == "i̇", len("İ".lower()))
