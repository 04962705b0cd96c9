# Big ints where an index-sized int is needed.
lst = [1, 2, 3]
for action in range(6):
    try:
        if action == 0:
            lst[2 ** 100]
        elif action == 1:
            "abc"[-(2 ** 70)]
        elif action == 2:
            (1, 2)[2 ** 64]
        elif action == 3:
            "ab" * 2 ** 63
        elif action == 4:
            [0] * 2 ** 100
        else:
            2 ** 100 * [1]
    except (IndexError, OverflowError) as e:
        print(action, type(e).__name__, e)
print([0] * 3, lst[2 ** 64 - 2 ** 64 + 1])
