print("never printed")
... = 1
