print("never printed")
match 1:
    case C(x=1, x=2):
        pass
