d = {"a": 1}
print(d.get("a"), d.keys())
print(d.has_key("a"))
