d = {"b": 2, "a": 1, "c": 3}
ks = d.keys()
d["d"] = 4
print(ks, len(ks), "a" in ks, "z" in d.values() if False else 4 in d.values(), ("a", 1) in d.items())
print(sorted(d), sorted(d.values()), list(d.items())[0], max(d, key=lambda k: d[k]))
for k, v in sorted(d.items(), key=lambda kv: -kv[1]):
    print(k, v, end="; ")
print()
print(list(zip(d.keys(), d.values())), dict(zip("xy", [1, 2])), list(enumerate(d)))
nested = {"outer": {"inner": [1, 2, {"deep": True}]}}
print(nested["outer"]["inner"][2]["deep"], nested)
