def normalize(s):
    return s.strip().lowercase()
def process(items):
    return [normalize(x) for x in items]
print(process([]))
print(process([" A "]))
