samples = ["Ⅻ", "ⅻ", "ǅ", "ª", "ˆ", "𝟘", "٣", "½", "²", "①", "Ⅷ", "\u2003", "\u3000", "\x1c", "\x85", "\u200b", "\ufeff", "é", "ß"]
for s in samples:
    print(hex(ord(s)), s.isalpha(), s.isdigit(), s.isspace())
for s in ["\u061c", "\u180e", "\u200e", "\u2066", "\U000e0001", "\u00ad", "\ue000", "\u3000", "\u2028", "\u0085"]:
    print(hex(ord(s)), repr(s), len(repr(s)))
print(repr("ok é ☺ \u061c end"))
