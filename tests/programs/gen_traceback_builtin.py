# An error inside a generator that a built-in (sum) steps.
def values(items):
    for item in items:
        yield int(item)


print(sum(values(["1", "2"])))
print(sum(values(["1", "x", "3"])))
