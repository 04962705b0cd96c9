xs = [1, 2, 3]
for x in xs:
    if len(xs) < 300:
        xs.append(x + 1)
print(len(xs), xs[-5:], sum(xs))
