# Records processed the functional way: filter() and map() with lambdas,
# enumerate() and zip() over generators, sum() of a map, sorted() with a
# key. The argument is the number of records.
import sys


def records(n, seed):
    # A linear congruential stream of (kind, value) records.
    x = seed
    for i in range(n):
        x = (x * 1103515245 + 12345) % 2147483648
        yield {"id": i, "kind": "abcde"[x % 5], "value": (x >> 8) % 1000 / 10.0}


def main(n):
    big = filter(lambda r: r["value"] > 20.0, records(n, 42))
    scaled = map(lambda r: (r["kind"], r["value"] * 1.5), big)
    totals = {}
    counts = {}
    last = 0
    for i, (kind, v) in enumerate(scaled):
        totals[kind] = totals.get(kind, 0.0) + v
        counts[kind] = counts.get(kind, 0) + 1
        last = i
    pairs = zip(records(n // 2, 7), records(n // 2, 11))
    close = sum(map(lambda p: abs(p[0]["value"] - p[1]["value"]) < 5.0, pairs))
    ranked = sorted(totals, key=lambda k: -totals[k])
    means = [round(totals[k] / counts[k], 6) for k in ranked]
    print(last + 1, close, "".join(ranked))
    print(" ".join("%.6f" % m for m in means))


main(int(sys.argv[1]))
