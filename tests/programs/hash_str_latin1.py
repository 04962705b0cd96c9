# hash() of strs whose widest character is below U+0100 (CPython hashes
# their one-byte-per-character form), with PYTHONHASHSEED=0.
for s in ["é", "café", "naïve", "ß", "\xff", "\x80", "\xa0x", "ÀÉÎÕÜ", "aé" * 20, "Ünïcödé"]:
    print(repr(s), hash(s), len(s))
print(hash("caf" + "é") == hash("café"), hash(chr(233)) == hash("é"))
total = 0
for i in range(300):
    total ^= hash(chr(160 + i % 96) + str(i))
print(total)
