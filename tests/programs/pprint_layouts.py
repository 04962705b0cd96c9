import pprint, collections, dataclasses
data = {'name': 'Rumba', 'tags': ['jit', 'python', 'rust', 'tracing', 'dynasm', 'x86-64'], 'nested': {'a': [1, 2, 3] * 10, 'b': (4, 5), 'c': {'deep': {'deeper': list(range(30))}}}, 3: None, 'z': {1, 5, 3, 2}, 'f': frozenset({7, 9})}
pprint.pprint(data)
pprint.pprint(data, width=40, indent=4)
pprint.pprint(data, depth=2)
pprint.pprint(data, compact=True, width=50)
pprint.pprint(data, sort_dicts=False)
pprint.pp(data, width=60)
print(pprint.pformat(list(range(40)), compact=True))
s = "The quick brown fox jumps over the lazy dog. " * 6 + "\nsecond line here\n" + "x" * 100
pprint.pprint(s)
pprint.pprint([s, s[:50]], width=60)
pprint.pprint({'k': s})
b = bytes(range(100))
pprint.pprint(b)
pprint.pprint([b, bytearray(b)], width=50)
pprint.pprint(bytearray(b))
od = collections.OrderedDict((str(i), i * 1000) for i in range(20))
pprint.pprint(od)
dd = collections.defaultdict(list, {i: [i] * 5 for i in range(10)})
pprint.pprint(dd)
pprint.pprint(collections.Counter('abracadabra' * 20 + 'xyzwvutsrqponmlk'), width=40)
pprint.pprint(collections.deque(range(40)))
pprint.pprint(collections.deque(range(40), maxlen=50))
@dataclasses.dataclass
class Point:
    x: int
    y: list
    label: str = "a point with a rather long label"
pprint.pprint(Point(1, list(range(25))))
pprint.pprint([Point(i, [i]) for i in range(3)])
r = [1, 2]; r.append(r)
print(pprint.isrecursive(r), pprint.isreadable(r), pprint.isreadable([1, 'a']), pprint.isreadable(object()))
print(pprint.saferepr({3: 1, 'a': 2, (1,): 3, None: 4}))
pprint.pprint({3: 1, 'a': 2, 2.5: 3, None: 4, (1, 2): 5})
pprint.pprint(10**30, underscore_numbers=True)
pprint.pprint([10**12] * 8, underscore_numbers=True)
pprint.pprint(((1,),) * 30)
pprint.pprint([[], {}, (), set(), '', b''] * 5)
p = pprint.PrettyPrinter(width=30)
print(p.pformat([list(range(5))] * 4))
print(p.isreadable([1]), p.isrecursive([1]))
for bad in [dict(indent=-1), dict(depth=0), dict(width=0)]:
    try:
        pprint.PrettyPrinter(**bad)
    except ValueError as e:
        print(e)
import io
out = io.StringIO()
pprint.pprint({'x': list(range(50))}, stream=out)
print(out.getvalue()[:60])
