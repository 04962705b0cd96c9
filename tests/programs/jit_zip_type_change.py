# An element of a zipped list changes type mid-loop: the compiled loop
# leaves at that item and the interpreter goes on (and raises).
xs = list(range(300))
ys = [2] * 300
ys[250] = "two"
total = 0
for a, b in zip(xs, ys):
    total += a * b
print(total)
