# hash() of tuples holding strs, with PYTHONHASHSEED=0.
print(hash(("a",)), hash(("a", "b")), hash(("", 0)), hash(("key", 1.5, True)), hash((("x", "y"), "z")))
print(hash(("é", "€", "😀")), hash((1, ("ab", (2, "c")))), hash(("a" + "b", 1)) == hash(("ab", 1)))
total = 0
for i in range(300):
    total ^= hash((i, "k" + str(i % 10)))
print(total)
