# expected: hand-written (outside the subset: Rumba refuses it by name)
first, *rest = [1, 2, 3]
