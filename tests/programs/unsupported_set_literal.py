# expected: hand-written (outside the subset: Rumba refuses it by name)
s = {1, 2}
