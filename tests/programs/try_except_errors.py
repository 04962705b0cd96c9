try:
    x = 1
except 5:
    pass
print("no exception: the clause is never tested")
try:
    [][0]
except "not a class":
    pass
