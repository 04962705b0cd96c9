import struct
def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, type(e).__module__, e)
for fmt, v in [('b', 200), ('B', -1), ('h', 40000), ('H', -1), ('i', 2**31), ('I', -1), ('l', 2**63), ('L', -1), ('q', 2**63), ('Q', -1), ('n', 2**63), ('N', -1), ('<b', 200), ('<B', 256), ('<h', 40000), ('<H', -1), ('<i', 2**31), ('<I', 2**32), ('<l', 2**31), ('<L', -1), ('<q', 2**63), ('<Q', 2**64), ('>i', -2**31-1), ('=i', 2**40), ('P', -1), ('i', 1.5), ('i', '1'), ('f', 1e300), ('e', 1e6), ('<f', 1e300), ('c', b'ab'), ('c', 'a'), ('s', 'abc'), ('5s', 1), ('?', None), ('x', 1), ('Z', 1), ('3', 1), ('d', 'x'), ('<n', 1)]:
    attempt(lambda: struct.pack(fmt, v))
attempt(lambda: struct.pack('ii', 1))
attempt(lambda: struct.pack('i', 1, 2))
attempt(lambda: struct.unpack('i', b'abc'))
attempt(lambda: struct.unpack('<i', b'abcdefg'))
attempt(lambda: struct.unpack_from('<i', b'abcdef', 4))
attempt(lambda: struct.unpack_from('<i', b'abcdef', -1))
attempt(lambda: struct.unpack_from('<i', b'abcdef', 7))
attempt(lambda: list(struct.iter_unpack('<h', b'abc')))
attempt(lambda: list(struct.iter_unpack('', b'abc')))
attempt(lambda: struct.calcsize('bhilqd'))
attempt(lambda: struct.calcsize('<bhilqd'))
attempt(lambda: struct.calcsize('@bhi0q'))
attempt(lambda: struct.calcsize('P?nNe'))
attempt(lambda: struct.pack('@bhiq', 1, 2, 3, 4))
attempt(lambda: struct.pack('>bhiq', 1, 2, 3, 4))
attempt(lambda: struct.pack('<3s2x5p', b'abcdef', b'hello world'))
attempt(lambda: struct.unpack('<3s2x5p', struct.pack('<3s2x5p', b'abcdef', b'hello world')))
attempt(lambda: struct.pack('<fde', 1.1, 2.2, 3.3))
attempt(lambda: struct.unpack('<fde', struct.pack('<fde', 1.1, 2.2, 3.3)))
attempt(lambda: struct.pack('<e', 65504.0))
attempt(lambda: struct.pack('<e', 65520.0))
attempt(lambda: struct.pack('<e', 1e-8))
attempt(lambda: struct.pack('<eee', float('inf'), float('nan'), -0.0))
attempt(lambda: struct.unpack('<e', b'\x01\x00'))
attempt(lambda: struct.pack('?c', [], b'z'))
attempt(lambda: struct.unpack('??', b'\x00\x05'))
s = struct.Struct('<2HQ')
attempt(lambda: (s.format, s.size, s.pack(1, 2, 3), s.unpack(s.pack(1, 2, 3))))
ba = bytearray(12)
attempt(lambda: (struct.pack_into('<hh', ba, 2, 5, -5), ba))
attempt(lambda: struct.pack_into('<hh', ba, 10, 5, -5))
attempt(lambda: struct.pack_into('<hh', b'abcdefgh', 0, 5, -5))
attempt(lambda: struct.pack('<i', True))
attempt(lambda: struct.pack('0s', b'abc'))
attempt(lambda: struct.pack('i', 2**100))
attempt(lambda: struct.Struct(5))
attempt(lambda: struct.error.__mro__)
attempt(lambda: struct.pack(b'<h', 7))
attempt(lambda: struct.pack('< h h', 7, 8))
attempt(lambda: struct.unpack('<d', bytearray(8)))

# Records written to a binary stream and read back, as a script would.
import io
RECORD = struct.Struct('<I16sdh')
people = [(1, b'Ada', 36.5, -3), (2, b'Grace', 85.25, 12), (3, b'Linus', 54.0, 0)]
stream = io.BytesIO()
for number, name, score, delta in people:
    stream.write(RECORD.pack(number, name, score, delta))
data = stream.getvalue()
print(len(data), RECORD.size)
for number, name, score, delta in RECORD.iter_unpack(data):
    print(number, name.rstrip(b'\0').decode(), score, delta)

# The fast inverse square root's bit trick.
def fast_inverse_sqrt(number):
    i = struct.unpack('>l', struct.pack('>f', number))[0]
    i = 0x5F3759DF - (i >> 1)
    y = struct.unpack('>f', struct.pack('>l', i))[0]
    return y * (1.5 - 0.5 * number * y * y)
print([round(fast_inverse_sqrt(x), 5) for x in (1.0, 4.0, 10.0, 0.25)])
checksum = 0
for k in range(2000):
    packed = struct.pack('<iHd', k * 7919 - 5000, k % 65536, k / 3)
    a, b, c = struct.unpack('<iHd', packed)
    checksum += a + b + int(c)
print(checksum)
attempt(lambda: struct.pack_into('<hh', bytearray(10), 0, 5))
attempt(lambda: struct.pack_into('<hh', b'xx', 0, 5))
attempt(lambda: struct.Struct('<hh').pack_into(bytearray(1), 0, 5, 6))
