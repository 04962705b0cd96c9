d = {'a': 1, 'b': 2}
d['c'] = 3
print(d, len(d), d['a'], d.get('z'), d.get('z', 0), 'a' in d, 'z' not in d)
print(list(d.keys()), list(d.values()), list(d.items()))
print(d.keys(), d.values(), d.items())
print(d.pop('b'), d, d.pop('zz', 'gone'))
print(d.setdefault('a', 100), d.setdefault('n', []), d)
d.update({'x': 9}); d.update([('y', 8)]); d.update(z=7)
print(d)
del d['x']
print(d)
for k in d:
    print(k, d[k])
for k, v in d.items():
    print(k, '->', v)
e = dict(a=1, b=2)
print(e, dict([(1, 2)]), dict(), {}, e == {'b': 2, 'a': 1}, e.copy())
counts = {}
for w in "the cat the dog the end".split():
    counts[w] = counts.get(w, 0) + 1
print(counts)
