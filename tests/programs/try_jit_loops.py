# A hot loop whose body raises now and then: the exits and the handler
# must give the interpreter's answers in every mode.
def parse_all(items):
    good, bad = 0, 0
    for s in items:
        try:
            good += int(s)
        except ValueError:
            bad += 1
    return good, bad

items = [str(i) if i % 7 else "x" + str(i) for i in range(3000)]
print(parse_all(items))

def safe_div(a, b):
    try:
        return a / b
    except ZeroDivisionError:
        return float("inf")
    finally:
        pass

total = 0.0
for i in range(2000):
    r = safe_div(i, i % 5)
    if r != float("inf"):
        total += r
print(round(total, 6))

counts = {}
for w in "the cat and the hat and the bat".split() * 300:
    try:
        counts[w] += 1
    except KeyError:
        counts[w] = 1
print(sorted(counts.items()))

n = 0
i = 0
while i < 5000:
    i += 1
    try:
        if i % 1000 == 0:
            raise RuntimeError(i)
        n += 1
    except RuntimeError as e:
        n += 1000 + e.args[0]
    else:
        n += 1
print(n)
