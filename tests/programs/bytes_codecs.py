# str.encode and bytes.decode with the codecs and error handlers Rumba has.
text = "naïve café – 日本"
for enc in ["utf-8", "UTF8", "utf_8", "latin-1", "latin1", "ascii"]:
    for errors in ["ignore", "replace"]:
        print(enc, errors, text.encode(enc, errors))
print(text.encode(), "abc".encode("ascii"), "é".encode("latin-1"), "é".encode(encoding="utf-8"))
data = text.encode()
print(len(text), len(data), data.decode() == text)
bad = b"ok\xff\xfe done \xe2\x82"
for errors in ["ignore", "replace"]:
    print(repr(bad.decode("utf-8", errors)), repr(bad.decode("ascii", errors)))
print(repr(bad.decode("latin-1")))
def attempt(f):
    try:
        print(repr(f()))
    except (UnicodeError, LookupError) as e:
        print(type(e).__name__ + ":", e)
attempt(lambda: "aé".encode("ascii"))
attempt(lambda: "aé€b".encode("ascii"))
attempt(lambda: "x€".encode("latin-1"))
attempt(lambda: "😀".encode("latin-1"))
attempt(lambda: b"\xff".decode())
attempt(lambda: b"abc\xe2\x82".decode())
attempt(lambda: b"\xe2\x28\xa1".decode())
attempt(lambda: b"\xf0\x90\x28".decode("utf-8"))
attempt(lambda: b"a\x80".decode("ascii"))
attempt(lambda: b"x".decode("rot13x"))
attempt(lambda: "x".encode("nope"))
attempt(lambda: "é".encode("ascii", "bogus"))
attempt(lambda: "e".encode("ascii", "bogus"))
try:
    "€".encode("ascii")
except ValueError as e:
    print("a ValueError too:", type(e).__name__)
b"\xc3".decode()
