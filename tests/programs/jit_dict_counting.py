counts = {}
for i in range(2000):
    k = (i * 7919) % 97
    counts[k] = counts.get(k, 0) + 1
print(len(counts), counts[0], counts[96], sum(counts.values()))
words = "the quick brown fox jumps over the lazy dog the end".split()
freq = {}
for r in range(100):
    for w in words:
        if w in freq:
            freq[w] += 1
        else:
            freq[w] = 1
print(sorted(freq.items())[:4])
