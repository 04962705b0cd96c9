def report(items):
    for item in items:
        print(item, undefined_total)


report([1])
