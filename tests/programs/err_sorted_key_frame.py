records = [{"n": "a", "age": 3}, {"n": "b", "age": 1}, {"n": "c"}]
print(sorted(records[:2], key=lambda r: r["age"]))
print(sorted(records, key=lambda r: r["age"]))
