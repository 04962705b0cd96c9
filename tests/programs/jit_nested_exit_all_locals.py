def search(n, target):
    found = False
    steps = 0
    i = j = k = -1
    for i in range(n):
        for j in range(n):
            for k in range(n):
                steps += 1
                if i * j * k == target:
                    found = True
                    break
            if found:
                break
        if found:
            break
    return found, i, j, k, steps
print(search(20, 1000))
print(search(20, 7 * 11 * 13))
print(search(12, 17 * 19))
print(search(8, 0))
