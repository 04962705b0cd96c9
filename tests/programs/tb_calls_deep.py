def parse(text):
    return int(text)


def load(rows):
    return [parse(r) for r in rows]


def main():
    good = load(["1", "2"])
    print(good)
    bad = load(["3", "four"])
    print(bad)


main()
