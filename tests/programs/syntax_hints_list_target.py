print("never printed")
[a]: int
