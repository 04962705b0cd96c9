# expected: hand-written (outside the subset: Rumba refuses it by name)
print('x')
try:
    pass
except* Exception:
    pass
