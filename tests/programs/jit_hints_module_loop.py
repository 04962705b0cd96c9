# Module-level annotated assignments in a hot loop record their
# annotation on every iteration, as CPython does.
total: int = 0
for i in range(3000):
    step: int = i % 7
    total += step
    if i % 1000 == 0:
        note: str = "at " + str(i)
print(total, step, note, __annotations__)
