def lookup(d, key):
    try:
        return d[key]
    except KeyError:
        raise LookupError(f"no such key: {key}")


print(lookup({"a": 1}, "a"))
print(lookup({"a": 1}, "b"))
