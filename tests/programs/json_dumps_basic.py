import json

print(json.dumps(None), json.dumps(True), json.dumps(False), json.dumps(0), json.dumps(-7))
print(json.dumps("plain"), json.dumps(""), json.dumps([]), json.dumps({}), json.dumps(()))
print(json.dumps({"a": [1, 2.5, None, True, False], "b": "x", "c": {}}))
print(json.dumps([1, (2, 3), [4, [5, [6]]]]))
print(json.dumps({"nested": {"deeper": {"deepest": [1, {"k": "v"}]}}}))
rows = []
for i in range(60):
    rows.append({"id": i, "square": i * i, "half": i / 2, "even": i % 2 == 0, "tag": "r" + str(i)})
text = json.dumps(rows)
print(len(text))
print(text[:200])
print(text[-120:])
total = 0
for i in range(200):
    total += len(json.dumps([i, str(i), i * 0.5]))
print(total)
