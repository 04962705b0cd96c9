# isinstance(x, (A, B)) with the tuple built where it is used, in compiled
# loops: types and classes, subclasses, values of every kind, and a name in
# the tuple rebound half-way.
class Shape:
    pass


class Circle(Shape):
    pass


class Tag:
    pass


values = [1, 2.5, 'three', Circle(), Tag(), True, None, (1,), [2], Shape()]


def classify(v):
    if isinstance(v, (int, float)):
        return 'number'
    if isinstance(v, (str, bytes)):
        return 'text'
    if isinstance(v, (Shape, Tag)):
        return 'object'
    if isinstance(v, (list, tuple, dict)):
        return 'container'
    return 'other'


counts = {}
for i in range(1000):
    k = classify(values[i % len(values)])
    counts[k] = counts.get(k, 0) + 1
print(sorted(counts.items()))

hits = 0
for i in range(600):
    if i == 300:
        Tag = Circle          # the tuple's second class changes
    v = values[i % len(values)]
    if isinstance(v, (Shape, Tag)):
        hits += 1
print(hits)

nested = 0
for i in range(300):
    if isinstance(values[i % len(values)], (int, (str, list))):
        nested += 1
print(nested)
