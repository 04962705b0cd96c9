print(len("abc"))
print(len("abc", "def"))
