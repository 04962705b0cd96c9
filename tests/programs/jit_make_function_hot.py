# Functions made afresh each time round a hot loop (closures, lambdas)
# and called there; new lists and dicts in the loop.
def main():
    total = 0
    rows = []
    for i in range(400):
        k = i % 7

        def scaled(x):
            return x * k + 1

        add = lambda a, b: a + b + k
        total += scaled(i) + add(i, 2)
        row = [i, k]
        if i % 50 == 0:
            rows.append(row)
        counts = {}
        counts[k] = i
        total += counts[k] - len(row)
    return total, rows[:3]


print(main())
