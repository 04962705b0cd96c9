import json

docs = ['null', 'true', 'false', '0', '-12', '3.25', '1e3', '-0', '-0.0', '1E5', '1e-5', '""', '[]', '{}',
        ' [ 1 , 2 ] ', '{"a": [1, 2, {"b": null}], "c": "d"}', '\n\t{"k"\n:\r"v"}  ',
        '[-Infinity, NaN, Infinity]', '12345678901234567890123456789', '1.7976931348623157e308', '1e400',
        '{"dup": 1, "dup": 2, "x": 0}', '[[[[[]]]]]', '[true, false, null]']
for d in docs:
    v = json.loads(d)
    print(repr(d), "->", repr(v), type(v).__name__)
data = json.loads('{"rows": [' + ", ".join('{"i": %d, "v": %d.5}' % (i, i) for i in range(100)) + ']}')
total = 0.0
for row in data["rows"]:
    total += row["i"] * row["v"]
print(total)
