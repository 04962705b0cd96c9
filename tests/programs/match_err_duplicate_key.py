print("never printed")
match {}:
    case {"k": 1, "k": 2}:
        pass
