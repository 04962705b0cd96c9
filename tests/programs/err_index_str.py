s = 'ab'
print(s[2])
