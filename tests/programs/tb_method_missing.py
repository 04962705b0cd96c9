names = ["b", "a"]
names.sort()
print(names)
names.push("c")
