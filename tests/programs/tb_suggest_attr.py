# AttributeError reports suggest a close attribute from dir() of the
# object: built-in types, instances (their attributes and their class's),
# modules, list subclasses; hasattr() and getattr() with a default raise
# nothing to report.
import math


class Particle:
    def __init__(self, x):
        self.position = x
        self.velocity = 0.5

    def advance(self):
        self.position += self.velocity


class Path(list):
    def length(self):
        return len(self)


p = Particle(0.0)
seen = 0
path = Path()
for i in range(3000):
    p.advance()
    path.append(p.position)
    if hasattr(p, "veloctiy") or getattr(p, "positon", None) is not None:
        seen += 1
print(p.position, seen, path.length(), path[-1])

for thing, name in [([1], "apend"), ({}, "iteritems"), ("s", "uper"), (math, "sqr"), (p, "advnce"),
                    (path, "lenght"), (path, "apend"), (Particle, "advanc"), (3, "bit_lenght")]:
    try:
        getattr(thing, name)
    except AttributeError as e:
        print(e)

try:
    p.postion
except AttributeError as e:
    print("caught:", e)
    raise ValueError("while handling") from e
