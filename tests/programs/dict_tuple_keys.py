# Tuple keys: equal tuples are one key, whatever the numeric kinds inside.
grid = {}
for y in range(20):
    for x in range(20):
        grid[(x, y)] = x * y
print(len(grid), grid[(3, 4)], grid[3, 4], grid[(3.0, 4.0)], grid[(True, 4)], (19, 19) in grid, (20, 0) in grid)
grid[(1.0, 1)] = "f"
print(grid[(1, 1)], list(grid)[21])
nested = {((1, 2), "a"): 1, (0, (0.5, None)): 2, (): 3}
print(nested[((1, 2), "a")], nested[(0, (0.5, None))], nested[()], nested)
seen = {}
for i in range(300):
    key = (i % 4, "k" + str(i % 3))
    seen[key] = seen.get(key, 0) + 1
print(seen)
del seen[(0, "k0")]
seen[(0, "k0")] = -1
print(list(seen.items())[-2:], len(seen))
pos = {(0, 0): "o"}
x, y = 0, 0
for step in range(200):
    x = (x + 3) % 7
    y = (y + 5) % 11
    pos[(x, y)] = step
print(len(pos), pos[(3, 5)], pos[(0, 0)])
