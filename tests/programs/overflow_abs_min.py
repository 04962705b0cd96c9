m = -9223372036854775807 - 1
print(m, abs(m + 1), abs(-5), m // 2)
def magnitude(v):
    return abs(v)
print(magnitude(-9223372036854775807))
print(magnitude(m))
