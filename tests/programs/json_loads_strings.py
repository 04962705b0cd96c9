import json

docs = [r'"plain"', r'"esc \" \\ \/ \b \f \n \r \t"', r'"\u00e9\u65e5"', r'"\ud83d\ude00"', r'"\u0041\u0000"',
        '"caf\u00e9 raw"', r'"\uD834\uDD1E"', r'"\u20ac"']
for d in docs:
    print(repr(json.loads(d)))
print(json.loads('{"\\u00e9": "key"}'))
print(json.loads(json.dumps("round \U0001F600 trip \n")))
s = json.dumps(["x" * 10, "y\n" * 5])
print(json.loads(s))
