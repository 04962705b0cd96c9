# Word counting: thousands of str keys built in loops.
counts = {}
seed = 7
for i in range(6000):
    seed = (seed * 48271) % 2147483647
    word = "w" + str(seed % 2500)
    counts[word] = counts.get(word, 0) + 1
print(len(counts), counts["w7"] if "w7" in counts else 0, counts.get("w2499", 0))
most = ""
best = 0
for w in counts:
    if counts[w] > best:
        best = counts[w]
        most = w
print(most, best)
by_count = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
print(by_count[:5])
text = "the quick brown fox jumps over the lazy dog the end " * 50
freq = {}
for w in text.split():
    if w in freq:
        freq[w] += 1
    else:
        freq[w] = 1
print(freq)
lengths = {}
for w in counts:
    lengths[len(w)] = lengths.get(len(w), 0) + counts[w]
print(sorted(lengths.items()), sum(counts.values()))
keys = list(counts)
print(keys[:5], keys[-5:])
