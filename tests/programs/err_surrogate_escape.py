# expected: hand-written (CPython's strs may hold a lone surrogate; Rumba's are UTF-8 and refuse it by name)
print("before")
s = "\ud800"
