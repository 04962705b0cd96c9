xs = [1, 0]
print([1 // x for x in xs])
