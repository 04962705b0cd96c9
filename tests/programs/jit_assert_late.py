prev = -1
for i in range(500):
    v = (i * 37) % 401
    if i < 11:
        print(i, v)
    assert i < 420, "loop ran too long at " + str(i)
    prev = v
