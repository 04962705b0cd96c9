import json

samples = ["quote\"d", "back\\slash", "new\nline", "tab\there", "cr\rx", "\b\f", "\x00\x01\x1f\x7f",
           "café", "日本語", "emoji \U0001F600", "/slash", "\u2028\u2029", "mixed é\n\U0001F40D"]
for s in samples:
    print(json.dumps(s), json.dumps(s, ensure_ascii=False))
print(json.dumps({"clé": "valeur"}))
print(json.dumps({"clé": "valeur"}, ensure_ascii=False))
print(json.dumps(["a" * 50] * 3))
