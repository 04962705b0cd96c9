# Parameter annotations are evaluated at def time: an undefined name is a
# NameError on the annotation's line.
def ok(a: int) -> int:
    return a


print(ok(1))


def broken(first: int,
           second: UndefinedName = 3) -> int:
    return first
