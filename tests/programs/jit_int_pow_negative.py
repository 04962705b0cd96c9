# int ** negative int in a compiled loop: a float, and ZeroDivisionError
# for a zero base; the exponent's sign changing mid-loop.
total = 0.0
for k in range(1, 60):
    total += 2 ** -k + (-3) ** -(k % 5 + 1)
print(total)

mixed = []
for i in range(40):
    e = i % 7 - 3
    mixed.append(5 ** e)
print(mixed[:14], sum(mixed))

caught = 0
for i in range(30):
    base = i % 4
    try:
        v = base ** -2
    except ZeroDivisionError as err:
        caught += 1
        msg = str(err)
print(caught, msg)

acc = 0
for i in range(50):
    acc += (i % 3 + 1) ** -(i % 2)
print(acc)
