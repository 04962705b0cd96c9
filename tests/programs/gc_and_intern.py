# gc: collections on request, the switches scripts flip around timing
# code, and sys.intern's identity.
import gc
import sys

print(gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled(), gc.get_threshold(), len(gc.get_count()), gc.get_freeze_count())
gc.set_threshold(1000)
print(gc.get_threshold())

# A cycle the collector must free, made many times over.
class Node:
    def __init__(self, value):
        self.value = value
        self.next = self

total = 0
for i in range(20000):
    n = Node(i)
    total += n.next.value
    if i % 5000 == 0:
        # CPython counts the cycles it found; Rumba, as PyPy, gives None.
        found = gc.collect()
        print("collect", found is None or found >= 0)
print(total)
print(gc.collect(0) != -1, gc.collect(generation=2) != -1)
for bad in (3, -1):
    try:
        gc.collect(bad)
    except ValueError as e:
        print("ValueError", e)
print(gc.is_tracked(1), gc.is_tracked("a"), gc.is_tracked([]), gc.is_tracked([[]]), gc.garbage)

a = "".join(["inter", "ned", "!"])
b = "".join(["inte", "rned!"])
print(a == b, a is b, sys.intern(a) is sys.intern(b), sys.intern(a) == a)
try:
    sys.intern(5)
except TypeError as e:
    print("TypeError", e)
