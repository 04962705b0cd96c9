# expected: hand-written (outside the subset: Rumba refuses it by name)
print(sum(x for x in range(3)))
