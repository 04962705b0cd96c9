stack = list(range(500))
popped = 0
while stack:
    v = stack.pop()
    if v % 5 == 0:
        popped += v
print(popped, stack)
lst = list(range(300))
i = 0
while i < len(lst):
    if lst[i] % 4 == 1:
        del lst[i]
    else:
        i += 1
print(len(lst), lst[:6], lst[-3:])
q = list(range(250))
total = 0
while q:
    total += q.pop(0) * len(q)
print(total)
