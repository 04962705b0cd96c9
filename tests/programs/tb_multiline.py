def build(a, b):
    return {
        "sum": a + b,
        "ratio": a /
        b,
    }


print(build(1, 2))
print(build(
    3,
    0,
))
