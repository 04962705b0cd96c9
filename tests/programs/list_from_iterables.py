# list() and tuple() from ranges, strs, tuples, dicts and other lists, and
# lists of each kind made from them.
print(list(range(5)), list(range(3, -3, -2)), list("abc"), list((1, 2.5, True)), list({"a": 1, 2: "b"}))
print(tuple([1, 2]), tuple([0.5]), tuple([True, None]), list(tuple(range(3))), list([]))
print(list({1.0: "x", 2: "y"}.values()), list({1: 2}.items()), list(reversed([1, 2.0])), list(enumerate([True])))
d = {}
for i in range(300):
    d[i] = i * 0.5
ks = list(d)
vs = list(d.values())
print(len(ks), ks[-3:], vs[-3:], sum(ks), sum(vs))
t = tuple(vs)
back = list(t)
print(back == vs, back[100], type(back[100]), t[-1])
chars = list("é€😀" * 100)
print(len(chars), chars[:4], chars.count("€"))
r = list(range(0, 300, 7))
r[0] = 0.0
print(r[:3], len(r), sum(r))
