# expected: hand-written (CPython also lists the IndexError being handled: Rumba does not chain exceptions yet)
try:
    x = 1
except 5:
    pass
print("no exception: the clause is never tested")
try:
    [][0]
except "not a class":
    pass
