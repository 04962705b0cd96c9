import json


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


def encode(o):
    if isinstance(o, Point):
        return {"x": o.x, "y": o.y}
    if isinstance(o, set):
        return sorted(o)
    raise TypeError("cannot encode " + type(o).__name__)


points = [Point(i, i * i) for i in range(5)]
print(json.dumps(points, default=encode))
print(json.dumps({"s": {3, 1, 2}, "p": Point(1, 2)}, default=encode, sort_keys=True))
print(json.dumps(Point(0, 0), default=lambda o: "point"))
print(json.dumps([Point(1, 1)], default=lambda o: [o.x, [o.y]], indent=2))
try:
    json.dumps([object()], default=encode)
except TypeError as e:
    print("TypeError:", e)


class Loop:
    pass


try:
    json.dumps(Loop(), default=lambda o: o)
except ValueError as e:
    print("ValueError:", e)
