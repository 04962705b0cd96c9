d = {1: "one", 2: "two"}
print(d[1.0], d[2.0])
print(d[1.5])
