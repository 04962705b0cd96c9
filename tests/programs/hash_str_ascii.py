# hash() of ASCII strs as CPython prints it with PYTHONHASHSEED=0 (siphash13
# with a zero key over the str's bytes; the empty str hashes to 0).
for s in ["", "a", "b", "ab", "abc", "hello", "hello world", "0", "-1", " ", "\n", "\x00", "\x7f", "key7", "abcdefgh", "abcdefghi", "a" * 100]:
    print(repr(s), hash(s))
print(hash("ab") == hash("a" + "b"), hash("key" + str(7)) == hash("key7"), hash("x"[:0]))
total = 0
for i in range(300):
    total ^= hash("w" + str(i))
print(total)
built = ""
for i in range(40):
    built += chr(65 + i % 26)
    if i % 8 == 7:
        print(len(built), hash(built))
