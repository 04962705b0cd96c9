seed = 42
def rand():
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed / 2147483648.0
inside = 0
n = 20000
for i in range(n):
    x = rand()
    y = rand()
    if x * x + y * y < 1.0:
        inside += 1
print(inside, 4.0 * inside / n, seed)
