# Built-ins called with keywords inside traces: print's end= and sep=,
# enumerate's start=, int's base=, sorted's reverse= and key= (a built-in
# key runs inside compiled code, a script one is left to the interpreter),
# min/max's key= and default=, round's ndigits=; and the TypeErrors and
# ValueErrors such calls raise.

words = ["pear", "fig", "banana", "kiwi", "apple", "plum"]
total = 0
for r in range(200):
    for i, w in enumerate(words, start=r % 3):
        total += i * len(w)
    total += int("1" + "0" * (r % 5), base=2) + int("ff", base=16)
    total += len(sorted(words, key=len)[r % 6]) + len(max(words, key=len)) + len(min(words, key=len))
    total += round(r / 7, ndigits=1) > 3
    total += max([], default=r % 4) + min((r, 2), default=0)
    top = sorted(words, reverse=True)[0]
    if r % 50 == 0:
        print(r, top, sorted(words, key=str.upper)[:2], end=" | ")
        print(*words[:3], sep=", ")
print(total)

for r in range(120):
    by_last = sorted(words, key=lambda w: w[-1])
print(by_last)

# Errors raised by the keyword calls, caught each time round.
bad = 0
for r in range(150):
    try:
        int("12z"[: 2 + r % 2], base=10)
    except ValueError as e:
        bad += 1
        msg = str(e)
    try:
        sorted(words, cmp=len)
    except TypeError as e:
        bad += 1
        msg2 = str(e)
print(bad, msg, msg2)
try:
    print("x", bad_keyword=1)
except TypeError as e:
    print(e)

# Methods of built-in types called with keywords.
lines = ["a,b,c", "x,y", "solo"] * 40
parts = 0
nums = []
for r, ln in enumerate(lines):
    parts += len(ln.split(",", maxsplit=1)) + len(ln.split(sep=","))
    nums.append(r % 7)
    nums.sort(reverse=r % 2 == 0)
    nums.sort(key=abs)
print(parts, nums[:10], nums[-3:])
try:
    "a b".split(bad=1)
except TypeError as e:
    print(e)

# A key function with an effect: the interpreter makes each such call once
# (the trace hands it over), so the effect happens as often as in CPython.
calls = []


def noted(w):
    calls.append(w)
    return w[::-1]


best = []
for r in range(100):
    t = r * 3 + len(words[r % 6])
    best.append(max(words, key=noted)[0] + str(t % 10))
print(len(calls), best[:5], sorted(words, key=noted))
