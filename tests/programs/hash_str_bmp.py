# hash() of strs whose widest character is in U+0100..U+FFFF (CPython hashes
# their two-bytes-per-character form), with PYTHONHASHSEED=0.
for s in ["€", "€uro", "日本", "日本語のテキスト", "Ωmega", "\u0100", "\uffff", "aé€", "ĀāĂă", "€" * 33]:
    print(repr(s), hash(s), len(s))
print(hash("日" + "本") == hash("日本"), hash("x€"[1:]) == hash("€"))
total = 0
for i in range(300):
    total ^= hash(chr(0x4e00 + i) + "字")
print(total)
