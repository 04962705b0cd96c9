# UTF-16 and UTF-32: byte order marks, fixed orders, aliases, and CPython's
# decode errors under each handler.
def show(f):
    try:
        print(ascii(f()))
    except (UnicodeError, LookupError) as e:
        print(type(e).__name__, e)


for enc in ["utf-16", "utf-16-le", "UTF-16BE", "utf_32", "utf-32-le", "utf32_be", "u16", "U32"]:
    show(lambda: "x\xe9\u20ac\U0001f600".encode(enc))
    show(lambda: "".encode(enc))
    show(lambda: "x\xe9\u20ac\U0001f600".encode(enc).decode(enc))
cases = [
    (b"\x00\xd8\x41", "utf-16-le"),
    (b"\x00\xd8\x41\x00", "utf-16-le"),
    (b"\x00\xdc\x41\x00", "utf-16-le"),
    (b"\x00\xd8\x00\xd8\x00\xdc", "utf-16-le"),
    (b"\xfe\xff\x00\x41\xd8", "utf-16"),
    (b"\x41\x00\x00\xd8", "utf-16"),
    (b"\xfe\xff\x00\x41", "utf-16"),
    (b"\xff\xfe", "utf-16"),
    (b"\xff", "utf-16"),
    (b"\x00\xd8\x41\x00\x00", "utf-16-le"),
    (b"\x00\x00\x00\xd8", "utf-32-le"),
    (b"\x00\xd8\x00\x00", "utf-32-le"),
    (b"\x00\x00\xd8\x00", "utf-32-be"),
    (b"\xff\xff\x11\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff\x00\x00\x00\x41", "utf-32"),
    (b"\x00\x00\xfe\xff\x00\x00\x00", "utf-32"),
    (b"\x41\x00\x00\x00\x42", "utf-32"),
    (b"\xff\xfe\x00", "utf-32"),
]
for data, enc in cases:
    for handler in ["strict", "replace", "backslashreplace", "ignore"]:
        show(lambda: data.decode(enc, handler))
show(lambda: str(b"\x41\x00", "utf-16-le"))
show(lambda: bytes("hi", "utf-32-be"))

# A hot loop of round trips.
total = 0
for i in range(300):
    s = chr(0x41 + i % 26) + chr(0xe0 + i % 20) + chr(0x1f600 + i % 30)
    b16 = s.encode("utf-16")
    b32 = s.encode("utf-32-be")
    total += len(b16) + len(b32) + (b16.decode("utf-16") == s) + len(b32.decode("utf-32-be"))
print(total)
b"\x00\xdc".decode("utf-16")
