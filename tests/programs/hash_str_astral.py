# hash() of strs holding characters beyond U+FFFF (CPython hashes their
# four-bytes-per-character form), with PYTHONHASHSEED=0.
for s in ["😀", "😀x", "a😀", "𝄞", "\U0010ffff", "\U00010000", "é€😀", "😀" * 9, "𝔘𝔫𝔦𝔠𝔬𝔡𝔢"]:
    print(repr(s), hash(s), len(s))
print(hash("😀" + "x") == hash("😀x"), hash("x😀"[1:]) == hash("😀"), hash("😀x"[1:]) == hash("x"))
total = 0
for i in range(300):
    total ^= hash(chr(0x1f300 + i))
print(total)
