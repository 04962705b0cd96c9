# expected: hand-written (outside the subset: Rumba refuses it by name)
def g():
    try:
        yield 1
    finally:
        print("cleanup")
