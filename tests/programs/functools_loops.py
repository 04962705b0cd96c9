from functools import reduce, partial, lru_cache, cmp_to_key, total_ordering
import operator

def scale(factor, x, offset=0):
    return factor * x + offset

double = partial(scale, 2)
shifted = partial(scale, 3, offset=1)
acc = 0
for i in range(3000):
    acc += double(i) - shifted(i)
print(acc, reduce(operator.add, range(3000)), reduce(lambda a, b: a ^ b, range(3000), 7))

@lru_cache(maxsize=None)
def edit(a, b):
    if not a:
        return len(b)
    if not b:
        return len(a)
    if a[0] == b[0]:
        return edit(a[1:], b[1:])
    return 1 + min(edit(a[1:], b), edit(a, b[1:]), edit(a[1:], b[1:]))

print(edit("kitten", "sitting"), edit("intention", "execution"), edit.cache_info().currsize > 0)

@total_ordering
class Card:
    order = "23456789TJQKA"
    def __init__(self, text):
        self.rank, self.suit = text[0], text[1]
    def __eq__(self, other):
        return self.rank == other.rank
    def __lt__(self, other):
        return Card.order.index(self.rank) < Card.order.index(other.rank)
    def __repr__(self):
        return self.rank + self.suit

hand = [Card(t) for t in "KH 3D AS 9C TD 3S".split()]
print(sorted(hand), sorted(hand)[-1], Card("QH") >= Card("JD"), Card("2C") > Card("2D"))

def by_length_then_alpha(a, b):
    if len(a) != len(b):
        return len(a) - len(b)
    return (a > b) - (a < b)

words = "pear fig banana kiwi apple plum date".split()
print(sorted(words, key=cmp_to_key(by_length_then_alpha)))
print(sorted(range(-5, 6), key=cmp_to_key(lambda a, b: abs(a) - abs(b))))
