print("never printed")
a, b: int = 1, 2
