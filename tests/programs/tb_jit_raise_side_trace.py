# Exceptions raised on paths that side traces compile up to the raise: a
# parser that meets malformed input now and then, a failed assert, a
# re-raise from an except clause; and at the end an uncaught one, raised
# deep in calls a trace inlined, whose traceback names every frame.


class BadInput(Exception):
    def __init__(self, message, at):
        super().__init__(message)
        self.at = at


def digit(text, pos):
    c = text[pos]
    if not c.isdigit():
        raise BadInput(f"not a digit: {c!r}", pos)
    return ord(c) - 48


def number(text):
    value = 0
    for pos in range(len(text)):
        value = value * 10 + digit(text, pos)
    return value


def checked(v):
    assert v % 97 != 0, f"multiple of 97: {v}"
    return v


def relay(text):
    try:
        return number(text)
    except BadInput as e:
        if e.at == 0:
            raise
        return -e.at


inputs = [str(i * 7919 % 100000) for i in range(40)] + ["12x4", "x1", "9999", "1e5", "77"]
total = 0
bad = 0
failed = 0
for i in range(4000):
    text = inputs[i % len(inputs)]
    try:
        total += checked(relay(text))
    except BadInput as e:
        bad += 1
    except AssertionError as e:
        failed += 1
        last = str(e)
print(total, bad, failed, last)


def deep(k):
    return number(inputs[k % 40] if k < 2500 else "12z")


acc = 0
for k in range(3000):
    acc += deep(k)
print("not reached", acc)
