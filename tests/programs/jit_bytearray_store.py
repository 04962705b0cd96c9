# `ba[i] = byte` in hot loops: compiled as a helper that checks the index
# and the byte before it stores, so the interpreter raises where the
# script would (and a bytes object in the bytearray's place refuses).


def fill(n, rounds):
    out = bytearray(n)
    for r in range(rounds):
        for i in range(n):
            out[i] = (i * r) & 0xFF
    return sum(out), bytes(out[:6])


print(fill(64, 50))


def backwards(data):
    out = bytearray(len(data))
    for i in range(len(data)):
        out[-1 - i] = data[i]
    return out


print(backwards(b"hello, world"))


class Small:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v


def stores(target, values):
    done = []
    for k, v in enumerate(values):
        try:
            target[k % 4] = v
            done.append(k)
        except (ValueError, TypeError, IndexError) as e:
            done.append(type(e).__name__)
    return done, target


vals = [1, 2, True, 255] * 10 + [256, -1, Small(7), 3.5, "a", 9]
print(stores(bytearray(4), vals))
print(stores(bytearray(4), [5] * 40 + [7]))
print(stores(b"abcd", [1] * 3))
for _ in range(3):
    print(stores(bytearray(2), [1, 2, 3, 4] * 12)[0][-4:])
