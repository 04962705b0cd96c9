import json


def nested_list(n):
    x = []
    for _ in range(n - 1):
        x = [x]
    return x


# Deeper lists are the hostile tests' business (tests/hostile.rs): every
# program here also runs under GC stress, which marks a live list at each
# allocation, so a 10**5-deep one would take minutes.
for n in [10, 500, 990, 995, 996, 5000]:
    try:
        json.loads("[" * n + "]" * n)
        print("loads", n, "ok")
    except RecursionError as e:
        print("loads", n, e)
    for indent in [None, 1]:
        try:
            json.dumps(nested_list(n), indent=indent)
            print("dumps", n, indent, "ok")
        except RecursionError as e:
            print("dumps", n, indent, e)
try:
    json.loads("[" * 100000 + "]" * 100000)
except RecursionError as e:
    print("loads", 100000, e)
try:
    json.loads('{"a":' * 3000)
except RecursionError as e:
    print(e)


def inside():
    try:
        json.loads("[" * 994 + "]" * 994)
        print("inside ok")
    except RecursionError as e:
        print("inside", e)


inside()
print(json.loads("[" * 50 + "]" * 50))
