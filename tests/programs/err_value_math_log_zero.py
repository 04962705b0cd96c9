import math
def entropy(ps):
    h = 0.0
    for p in ps:
        h -= p * math.log(p)
    return round(h, 10)
print(entropy([0.5, 0.5]))
print(entropy([0.25, 0.25, 0.5]))
print(entropy([1.0, 0.0]))
