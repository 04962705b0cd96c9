d = {}
d[1] = 'int'
d[1.0] = 'float'
d[True] = 'bool'
print(d, len(d))
d2 = {True: 'a', 1: 'b', 1.0: 'c'}
print(d2)
d3 = {0: 'zero'}
print(d3[False], d3[0.0], d3.get(-0.0))
d4 = {(1, 2): 1, (1.0, 2.0): 2}
print(d4)
d5 = {'a': 1, 'b': 2}
d5['a'] = 3
print(d5, list(d5))
del d5['a']
d5['a'] = 4
print(d5)
print(hash(1) == hash(1.0) == hash(True), hash(-1), hash(-2), hash(0.5), hash(2 ** 61), hash((1, 2)), hash(()))
print(hash(float('inf')), hash(-1.5), hash(1e100))
