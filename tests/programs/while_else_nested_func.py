def search(items, target):
    i = 0
    while i < len(items):
        if items[i] == target:
            break
        i += 1
    else:
        return -1
    return i
print(search([4, 5, 6], 5), search([4, 5, 6], 9), search([], 1))
def primes(n):
    out = []
    for c in range(2, n):
        for p in out:
            if c % p == 0:
                break
        else:
            out.append(c)
    return out
print(primes(40))
