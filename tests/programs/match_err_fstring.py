print("never printed")
match "a":
    case f"a":
        pass
