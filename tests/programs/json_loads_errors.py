import json

bad_docs = ['', ' ', '[1,]', '[1', '[', '{', '{"a"', '{"a":', '{"a":1', '{"a":1,', '{"a" 1}', '{1:2}',
            '-', '-x', '1.', '1e', '01', 'nul', 'tru', 'truex', '"abc', '"a\\', '"\\x"', '"\\u12"',
            '"\\u00', '"a\x01"', '["\t"]', '[1 2]', '1 2', '[]]', '{"a":1}}', '\n\n  x', 'ab\ncd\n  [1,,]',
            '\ufeff[1]', '[1,\n 2,\n "x\n"]']
for d in bad_docs:
    try:
        json.loads(d)
        print("no error for", repr(d))
    except json.JSONDecodeError as e:
        print(repr(d), "|", e, "|", e.msg, e.pos, e.lineno, e.colno)
try:
    json.loads("[1, 2")
except ValueError as e:
    print("a ValueError too:", e, isinstance(e, json.JSONDecodeError))
for bad in [5, None, ["[]"]]:
    try:
        json.loads(bad)
    except TypeError as e:
        print("TypeError:", e)
print(json.JSONDecodeError)
print(issubclass(json.JSONDecodeError, ValueError))
