import json

record = {"name": "x", "values": [1, 2.5, -3, 10 ** 20], "flags": [True, False, None], "text": "é\n\"q\""}
for indent in [None, 2]:
    for sort_keys in [False, True]:
        text = json.dumps(record, indent=indent, sort_keys=sort_keys)
        back = json.loads(text)
        print(back == record, len(text))
count = 0
for i in range(500):
    doc = json.dumps({"i": i, "l": [i, i + 1], "s": str(i)})
    back = json.loads(doc)
    count += back["i"] + back["l"][1] + len(back["s"])
print(count)
print(json.loads(json.dumps((1, (2, 3)))))
