def classify(n):
    if n % 15 == 0:
        return "fizzbuzz"
    if n % 5 == 0:
        return "buzz"
    if n % 3 == 0:
        return "fizz"
    return n
counts = {}
for i in range(1, 601):
    c = classify(i)
    k = c if isinstance(c, str) else "num"
    counts[k] = counts.get(k, 0) + 1
print(counts)
def find_pair(xs, target):
    for i in range(len(xs)):
        for j in range(i + 1, len(xs)):
            if xs[i] + xs[j] == target:
                return i, j
    return None
xs = list(range(0, 600, 3))
print(find_pair(xs, 591), find_pair(xs, 1), find_pair(xs, 1191))
