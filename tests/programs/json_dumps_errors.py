import json

for bad in [{1, 2}, object, len, range(3), {"a": {3, 4}}]:
    try:
        json.dumps(bad)
    except TypeError as e:
        print("TypeError:", e)
a = []
a.append(a)
try:
    json.dumps(a)
except ValueError as e:
    print("ValueError:", e)
d = {}
d["self"] = d
try:
    json.dumps(d, indent=2)
except ValueError as e:
    print("ValueError:", e)
shared = [1, 2]
print(json.dumps([shared, shared, {"s": shared}]))
try:
    json.dumps(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    json.dumps(1, bogus=True)
except TypeError as e:
    print("TypeError:", e)
try:
    json.dumps()
except TypeError as e:
    print("TypeError:", e)
for seps in [(1, ":"), (",", 2), (1, 2), (",",), (1, 2, 3)]:
    try:
        json.dumps([1, {"a": 2}], separators=seps)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
