# copy.deepcopy in a hot loop: dicts of lists, nested lists and tuples,
# strs and numbers, and an instance with its own __deepcopy__ (the
# script's method runs in the interpreter); every copy independent of
# its source.
import copy

cities = {i: [i * 3, i * 7 % 11] for i in range(12)}
routes = []
for ant in range(400):
    unvisited = copy.deepcopy(cities)
    del unvisited[ant % 12]
    unvisited[(ant + 1) % 12].append(ant)
    routes.append(len(unvisited) + sum(unvisited[(ant + 1) % 12]))
print(sum(routes), cities[1], cities[5])

grid = [[0] * 4 for _ in range(3)]
total = 0
for k in range(300):
    g = copy.deepcopy(grid)
    g[k % 3][k % 4] = k
    total += sum(map(sum, g))
    t = copy.deepcopy((k, "s", [k, (k, [k])], 2.5, None))
    t[2][1][1].append(1)
    total += len(t[2][1][1])
print(total, grid)


class Tagged:
    def __init__(self, tag):
        self.tag = tag

    def __deepcopy__(self, memo):
        return Tagged(self.tag + "'")


made = []
for k in range(200):
    x = copy.deepcopy([Tagged("a"), k] if k % 50 == 0 else [k, k])
    if k % 50 == 0:
        made.append(x[0].tag)
print(made, copy.deepcopy(7), copy.deepcopy("abc"))
