import hashlib
for n in [0, 1, 3, 55, 56, 57, 63, 64, 65, 111, 112, 113, 127, 128, 129, 1000]:
    data = bytes((i * 7 + n) % 256 for i in range(n))
    print(n, [getattr(hashlib, name)(data).hexdigest()[:16] for name in ('md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512')])
h = hashlib.sha256()
for chunk in (b'hello ', b'wide ', bytearray(b'world')):
    h.update(chunk)
c = h.copy()
c.update(b'!')
print(h.hexdigest(), c.hexdigest(), h.name, h.digest_size, h.block_size, len(h.digest()))
print(hashlib.new('SHA512', b'abc').hexdigest()[:20], hashlib.new('md5').name, sorted(hashlib.algorithms_guaranteed & {'md5', 'sha256'}))
print(hashlib.md5('Rumba'.encode()).hexdigest(), hashlib.sha1(b'The quick brown fox jumps over the lazy dog').hexdigest())
for bad in [lambda: hashlib.md5('text'), lambda: hashlib.new('whirlpool'), lambda: hashlib.sha256(5)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
import random
random.seed("a text seed")
print(random.random())
