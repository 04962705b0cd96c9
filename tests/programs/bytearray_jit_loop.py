# A compiled loop that grows a bytearray with += and reads items whose
# values change as it grows: the trace must read them anew each time.
ba = bytearray(b"\x00")
chunks = [b"\x01", b"\x02\x05", b"\x07"]
s = 0
i = 0
while i < 400:
    ba += chunks[i % 3]
    s += ba[-1] * 3 + ba[i]
    i += 1
print(s)
