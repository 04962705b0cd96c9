# Non-ASCII str keys (Latin-1, other BMP, astral) built at run time find
# the entries stored under literal keys.
d = {"café": 1, "naïve": 2, "€uro": 3, "日本": 4, "😀x": 5, "é": 6, "ß": 7}
print(d["caf" + "é"], d["na" + "ï" + "ve"], d["€" + "uro"], d["日" + "本"], d["😀" + "x"], d[chr(233)], d[chr(223)])
print(d[f"{'caf'}é"], d["xnaïve"[1:]], d["本日"[::-1]], "😀x" in d, "😀" in d, d.get("e" + "\u0301", "nfd"))
word = ""
for ch in ["€", "u", "r", "o"]:
    word += ch
print(d[word], word == "€uro", len(word))
counts = {}
alphabet = ["é", "ß", "€", "日", "😀", "a"]
for i in range(300):
    k = alphabet[i % 6] + alphabet[(i // 6) % 6]
    counts[k] = counts.get(k, 0) + 1
print(len(counts), counts["é€"], counts["😀😀"], list(counts)[:8])
print(sorted(counts)[:6], max(counts), min(counts))
