# int.to_bytes and int.from_bytes, small and big.
print((1024).to_bytes(2, "big"), (1024).to_bytes(2, "little"), (0).to_bytes(0, "big"), (5).to_bytes())
print((-1).to_bytes(2, "big", signed=True), (-129).to_bytes(2, "little", signed=True), (127).to_bytes(1, "big", signed=True))
print((2**64 + 1).to_bytes(9, "big"), (-(2**70)).to_bytes(10, "little", signed=True))
print(int.from_bytes(b"\x04\x00", "big"), int.from_bytes(b"\x04\x00", "little"), int.from_bytes(b"", "big"))
print(int.from_bytes(b"\xff\xff", "big", signed=True), int.from_bytes(b"\xff\x7f", "little", signed=True))
print(int.from_bytes(b"\x01" + bytes(9), "big"), int.from_bytes([1, 2, 3], "big"), int.from_bytes(bytearray(b"\x02"), "little"))
print(int.from_bytes(b"\x80" + bytes(15), "big", signed=True))
for n in [0, 1, 255, 256, 65535, 2**63 - 1, 2**63, 2**100 + 12345]:
    size = (n.bit_length() + 7) // 8
    data = n.to_bytes(size, "big")
    assert int.from_bytes(data, "big") == n
    print(n, size, data.hex())
def attempt(f):
    try:
        print(repr(f()))
    except (OverflowError, ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
attempt(lambda: (256).to_bytes(1, "big"))
attempt(lambda: (-1).to_bytes(1, "big"))
attempt(lambda: (128).to_bytes(1, "big", signed=True))
attempt(lambda: (1).to_bytes(-1, "big"))
attempt(lambda: (1).to_bytes(1, "middle"))
attempt(lambda: int.from_bytes(b"\x01", "sideways"))
attempt(lambda: int.from_bytes([256], "big"))
(2**80).to_bytes(4, "little")
