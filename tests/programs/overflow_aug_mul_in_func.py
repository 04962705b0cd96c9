def scale(values, factor):
    out = []
    for v in values:
        v *= factor
        out.append(v)
    return out
def run():
    print(scale([1, 2, 3], 10))
    print(scale([10 ** 17, 10 ** 18], 9))
    print(scale([10 ** 18], 10))
run()
