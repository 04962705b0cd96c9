# One loop fed the iterators of a dict's keys, items and values and of a
# set in turn: a trace recorded over one view must not give another
# view's parts (it gave keys for items and values).


def collect(it):
    out = []
    for x in it:
        out.append(x)
    return out


d = {"a": 1, "b": 2, "c": 3}
s = {10, 20}
rounds = []
for k in range(40):
    which = k % 5
    if which == 0:
        rounds.append(collect(iter(d)))
    elif which == 1:
        rounds.append(collect(iter(d.items())))
    elif which == 2:
        rounds.append(collect(iter(d.values())))
    elif which == 3:
        rounds.append(sorted(collect(iter(s))))
    else:
        rounds.append(collect(iter(d.keys())))
for r in rounds[-5:]:
    print(r)


# The same with the view changing only after the loop is compiled.
def last_of(it):
    last = None
    for x in it:
        last = x
    return last


seen = [last_of(iter(d)) for _ in range(30)]
seen += [last_of(iter(d.items())), last_of(iter(d.values())), last_of(iter(d))]
print(seen[-4:])
