# An error raised inside a generator's step while a compiled loop runs it:
# the traceback names both frames, as CPython does.

def parse(items):
    for item in items:
        yield int(item)

def main():
    items = [str(i) for i in range(3000)] + ["x"]
    total = 0
    for v in parse(items):
        total += v
    print(total)

main()
