# Values a suspended generator alone holds (locals and operands) survive
# collections; unfinished generators are freed.
def holder():
    data = [str(i) * 3 for i in range(50)]
    pair = (data[1], [data[2]])
    built = [data[0], (yield len(data)), data[-1], (yield pair[0])]
    yield built
    total = {"k": data[:3]}
    yield str(total) + str(pair)


g = holder()
print(next(g))
junk = [[i] * 20 for i in range(2000)]
print(g.send("sent"))
junk = [str(i) for i in range(3000)]
print(g.send(None))
junk = None
print(next(g))
print(next(g, "end"))


def call_args():
    x = "abc" * 3
    return_value = len(x) + max((yield x), (yield x + "!"))
    yield return_value


c = call_args()
print(next(c))
junk = [[i] for i in range(2000)]
print(c.send(4))
print(c.send(7))
for i in range(500):
    gens = [holder() for _ in range(3)]
    for gg in gens:
        next(gg)
    if i % 100 == 0:
        print(i, gens[0].send(i))
pending = [(str(x) for x in range(10)) for _ in range(200)]
print(sum(len(next(p)) for p in pending))
pending = None


def pipeline(n):
    words = (str(i) for i in range(n))
    longer = (w * 2 for w in words)
    keyed = ((len(w), w) for w in longer)
    return dict(keyed)


print(len(pipeline(3000)))
print(sorted(pipeline(12).items())[:4])
