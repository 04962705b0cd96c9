# An uncaught error inside a generator: the traceback holds its frame.
def gen(n):
    for i in range(n):
        if i == 3:
            x = 1 // 0
        yield i


def use():
    total = 0
    for v in gen(5):
        total += v
    return total


print(list(gen(3)))
use()
