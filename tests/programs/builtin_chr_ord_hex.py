print(ord("a"), ord("A"), ord("0"), ord(" "), ord("\n"), ord("é"), ord("€"), ord("😀"), ord("\x00"))
print(chr(97), chr(65), chr(48), repr(chr(10)), chr(233), chr(8364), chr(128512), repr(chr(0)), repr(chr(127)))
print([chr(ord("a") + i) for i in range(5)], "".join([chr(c) for c in range(65, 91)]))
print(hex(0), hex(1), hex(255), hex(-255), hex(4096), hex(9223372036854775807), hex(-9223372036854775807), hex(True))
print(oct(0), oct(8), oct(-8), oct(511), oct(9223372036854775807))
print(bin(0), bin(1), bin(-1), bin(10), bin(-10), bin(255), bin(2 ** 62), bin(False))
print(int(hex(255), 16), int(oct(64), 8), int(bin(37), 2), int(hex(-255), 16), int(bin(-6), 0))
word = "Rumba"
codes = [ord(c) for c in word]
print(codes, sum(codes), "".join([chr(c + 1) for c in codes]), [hex(c) for c in codes])
shifted = ""
for c in "abcxyz":
    shifted += chr((ord(c) - ord("a") + 3) % 26 + ord("a"))
print(shifted)
