import json
import random

random.seed(17)
WORDS = ["a", "b\n", "é", "\"q\"", "", "κλειδί", "tab\t", "\U0001F600", "x" * 12]


def make(depth):
    kind = random.randint(0, 9 if depth < 4 else 5)
    if kind == 0:
        return None
    if kind == 1:
        return random.random() < 0.5
    if kind == 2:
        return random.randint(-10 ** 6, 10 ** 6)
    if kind == 3:
        return random.uniform(-1e6, 1e6)
    if kind == 4:
        return random.choice(WORDS)
    if kind == 5:
        return random.randint(-2 ** 80, 2 ** 80)
    if kind <= 7:
        return [make(depth + 1) for _ in range(random.randint(0, 4))]
    d = {}
    for _ in range(random.randint(0, 4)):
        d[random.choice(WORDS) + str(random.randint(0, 99))] = make(depth + 1)
    return d


checks = 0
for i in range(120):
    value = make(0)
    options = [{}, {"indent": 2}, {"sort_keys": True}, {"ensure_ascii": False}, {"separators": (",", ":")}]
    texts = [json.dumps(value, **o) for o in options]
    for t in texts:
        assert json.loads(t) == value
        checks += 1
    if i % 20 == 0:
        for t in texts:
            print(t)
print(checks)
