print(1 and 2, 0 and 2, 1 or 2, 0 or 2, None or 'default', '' or [] or 0)
print(not 0, not 1, not '', not 'a', not [], not [0], not None)
print(bool(0), bool(0.0), bool(''), bool('0'), bool([]), bool({}), bool(()), bool(range(0)), bool(range(1)))
x = [] and 1/0
print(x)
y = 1 or 1/0
print(y)
print(True if 0 else False, 'yes' if [1] else 'no')
a = 3
print('big' if a > 5 else 'mid' if a > 2 else 'small')
