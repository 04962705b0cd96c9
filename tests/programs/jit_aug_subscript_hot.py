grid = [[0] * 5 for _ in range(5)]
for i in range(1000):
    grid[i % 5][(i * 3) % 5] += i
print(grid)
d = {"a": 0, "b": 0.0, "c": ""}
for i in range(300):
    d["a"] += i
    d["b"] -= 0.25
    if i % 100 == 0:
        d["c"] += str(i)
print(d)
arr = [1] * 8
for i in range(400):
    arr[i % 8] *= -1
    arr[(i + 1) % 8] += arr[i % 8]
    arr[(i + 1) % 8] %= 1000
print(arr)
