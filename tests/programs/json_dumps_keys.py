import json

print(json.dumps({1: "int", 2.5: "float", True: "true", False: "false", None: "null", "s": "str"}))
print(json.dumps({10**20: "big", -3: "neg", 1e100: "e", float("inf"): "inf", float("nan"): "nan"}))
print(json.dumps({"b": 1, "a": 2, "c": {"z": 0, "y": 1}}, sort_keys=True))
print(json.dumps({3: "c", 1: "a", 2: "b"}, sort_keys=True))
print(json.dumps({(1, 2): "tuple", "kept": 1}, skipkeys=True))
try:
    json.dumps({(1, 2): "tuple"})
except TypeError as e:
    print("TypeError:", e)
try:
    json.dumps({1: "a", "b": 2}, sort_keys=True)
except TypeError as e:
    print("TypeError:", e)
try:
    json.dumps({float("nan"): 1}, allow_nan=False)
except ValueError as e:
    print("ValueError:", e)
d = {}
for i in range(100):
    d[i * 7 % 13] = i
print(json.dumps(d, sort_keys=True))
