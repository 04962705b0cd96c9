data = [5, 1, 4, 2, 3]
s = sorted(data)
mid = len(s) // 2
print(s[mid])
mid = len(s) / 2
print(s[mid])
