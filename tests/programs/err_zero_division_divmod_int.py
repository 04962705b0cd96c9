def split_evenly(total, parts):
    q, r = divmod(total, parts)
    return [q + 1] * r + [q] * (parts - r)
print(split_evenly(10, 3))
print(split_evenly(7, 7))
print(split_evenly(5, 0))
