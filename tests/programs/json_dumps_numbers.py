import json

values = [0.1, 1.0, -0.0, 1e16, 1.5e-7, 123456789.125, 2.0 ** 70, 1 / 3, 1e300 * 10, -1e300 * 10,
          2 ** 63, -2 ** 63, 2 ** 64 + 1, 10 ** 40, -(10 ** 25), 3, True]
for v in values:
    print(json.dumps(v))
print(json.dumps(values))
print(json.dumps([float("nan")]))
for bad in [float("nan"), float("inf"), [1, float("-inf")]]:
    try:
        json.dumps(bad, allow_nan=False)
    except ValueError as e:
        print("ValueError:", e)
acc = 0
for i in range(300):
    acc += len(json.dumps(i * 1.1)) + len(json.dumps(i ** 5))
print(acc)
