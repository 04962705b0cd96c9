def best(scores):
    return max(scores)
print(best([3, 8, 5]))
print(best([x for x in [1, 2] if x > 5]))
