nan = float("nan")
vals = [1, 1.0, True, 2.5, nan, -0.0, 0, "a", "b", [1], (1,), None]
for a in vals:
    row = []
    for b in vals:
        if a == b:
            row.append("=")
        elif a != b:
            row.append("!")
        else:
            row.append("?")
    print("".join(row))
n = 0
i = 0.5
while i < 10:
    i += 1
    n += 1
print(n, i)
x = 9007199254740993
if x > 9007199254740992.0:
    print("exact int/float comparison")
if [1, 2] < [1, 3]:
    print("lists compare")
if "b" >= "a":
    print("strings compare")
