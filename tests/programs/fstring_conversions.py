# !s, !r and !a, alone and before a format spec.
values = ["plain", "Zoë", "日本", "tab\tend", "quote'd", 'both\'"', "\x80\xff", "\u0100\uffff", "\U00010000😀", 12, 2.5, None, [1, "é"]]
for v in values:
    print(f"{v!s}|{v!r}|{v!a}")
for v in values[:4]:
    print(f"{v!s:>8}|{v!r:<12}|{v!a:^16}|")
print(ascii("Zoë"), ascii(["é", 1]), f"{'x'!a:*^7}")
