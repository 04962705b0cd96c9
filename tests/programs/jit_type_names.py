# type(x).__name__ in a trace: a constant for each type the loop meets,
# built-in or script class, until a class is given a name of its own.


class Circle:
    pass


class Square(Circle):
    pass


values = [1, 2.5, "s", Circle(), Square(), [1], (1,), None, True, {1: 2}, {1}] * 30
counts = {}
for x in values:
    name = type(x).__name__
    counts[name] = counts.get(name, 0) + 1
print(counts)

names = []
for i in range(200):
    if i == 120:
        Circle.__name__ = "Round"
    if i == 160:
        Square.__qualname__ = "Block"
    names.append(type(values[3]).__name__ + "/" + type(values[4]).__qualname__ + "/" + type(values[4]).__name__)
print(names[119], names[120], names[159], names[160], names[-1])
print(int.__name__, type(1.5).__qualname__, Square.__name__)
