# dict | dict and |= (PEP 584): a new dict, or an update in place with
# any mapping or iterable of pairs; the right operand's values win.
a = {"x": 1, "y": 2}
b = a
print(a | {"y": 20, "z": 3}, {"z": 0, "x": 9} | a, a)
a |= {"w": 4}
a |= [("v", 5)]
print(a, b is a)
class D(dict):
    pass
d = D(q=1)
print(a | d, type(a | d).__name__, d | a, type(d | a).__name__, type(d).__name__)
for bad in (lambda: a | [("k", 1)], lambda: a | 5):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
try:
    a |= 5
except TypeError as e:
    print("TypeError:", e)
total = {}
for i in range(2000):
    total |= {i % 5: i}
print(total)
