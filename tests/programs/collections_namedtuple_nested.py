# Named tuples nested in tuples and named tuples, as keys of sets and
# dicts: hashed and compared as the tuples they are.
import collections

Stats = collections.namedtuple('Stats', 'atk df')
Fixed = collections.namedtuple('Fixed', ['hp', 'stats'])
Half = collections.namedtuple('Half', 'fixed hp')

seen = set()
dist = {}
for hp in range(5):
    for atk in range(3):
        key = (Half(Fixed(60, Stats(atk, 4)), hp), atk % 2)
        seen.add(key)
        dist[key] = dist.get(key, 0) + hp
again = (Half(Fixed(60, Stats(1, 4)), 2), 1)
print(len(seen), again in seen, dist[again], ((60, (1, 4)), 2) == Half(Fixed(60, Stats(1, 4)), 2))
print(hash(Stats(1, 2)) == hash((1, 2)), Fixed(1, Stats(2, 3)) == (1, (2, 3)), Stats(1, 2) < Stats(1, 3))
print(sorted({Stats(2, 1), Stats(1, 5), Stats(1, 2)}))


class Keyed:
    def __init__(self, k):
        self.k = k

    def __hash__(self):
        return hash(self.k)

    def __eq__(self, other):
        return isinstance(other, Keyed) and self.k == other.k


Pair = collections.namedtuple('Pair', 'a b')
table = {Pair(Keyed(1), 2): 'one', Pair(Keyed(3), 4): 'three'}
print(table[Pair(Keyed(3), 4)], Pair(Keyed(1), 2) in table, Pair(Keyed(1), 5) in table)
