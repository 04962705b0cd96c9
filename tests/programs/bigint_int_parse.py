# int() of text of any length and base.
print(int("123456789012345678901234567890"), int("-" + "9" * 40), int("  +1_000_000_000_000_000_000_000  "))
print(int("0b" + "1" * 100, 0), int("0o" + "7" * 40, 0), int("0x" + "f" * 30, 16), int("f" * 30, 16))
print(int("z" * 20, 36), int("Zz" * 10, 36), int("1" * 70, 2), int("12" * 20, 3))
print(int("0" * 50), int("00000000000000000000000000000000001"), int("-0" * 1 + "0" * 30))
for s, base in [("1_2_3" * 10, 10), ("9" * 30 + "x", 10), ("1__2" + "0" * 30, 10), ("_1" + "0" * 30, 10), ("0x" + "g" * 20, 16), ("8" * 25, 8)]:
    try:
        print(int(s, base))
    except ValueError as e:
        print(e)
print(int(2 ** 100), int(-(2 ** 100)), int(True))
