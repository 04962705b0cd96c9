# Annotations of local variables are never evaluated, so undefined names
# in them are fine; they cost nothing when the function runs.
def compute(n):
    total: UndefinedType = 0
    scratch: also_undefined[int, "x"]
    for i in range(n):
        step: NotDefinedEither = i * i
        total += step
    return total


def reads_annotated_later():
    value: int
    value = 41
    value: int = value + 1
    return value


print(compute(10), reads_annotated_later())
print(compute.__annotations__)
