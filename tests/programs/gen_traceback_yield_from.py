# An error two generators deep, through `yield from`.
def leaf(n):
    yield n
    yield n // 0


def middle(n):
    yield from leaf(n)


for v in middle(5):
    print(v)
