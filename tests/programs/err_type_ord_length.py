for s in ["a", "é", "☺"]:
    print(s, ord(s))
print(ord("ab"))
