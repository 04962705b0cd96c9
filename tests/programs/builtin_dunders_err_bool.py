x = "abc"
print(x.__len__())
print(x.__bool__())
