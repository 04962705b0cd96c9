print("never printed")
match []:
    case [*a, *b]:
        pass
