import json

data = {"name": "rumba", "tags": ["a", "b"], "empty_list": [], "empty_dict": {}, "n": {"x": 1, "y": [1, [2, []]]}}
print(json.dumps(data, indent=2))
print(json.dumps(data, indent=0))
print(json.dumps(data, indent="\t"))
print(json.dumps(data, indent="--"))
print(json.dumps([1, 2, 3], indent=4, separators=(",", " = ")))
print(json.dumps(data, separators=(",", ":")))
print(json.dumps(data, sort_keys=True, indent=1))
print(json.dumps([[]], indent=3))
print(json.dumps({"a": {}}, indent=-1))
print(repr(json.dumps({(1,): 3}, skipkeys=True, indent=2)))
print(repr(json.dumps({(1,): 3, "k": 1}, skipkeys=True, indent=2)))
