# A generator expression beside other arguments needs parentheses.
xs = [1, 2]
print(sum(x for x in xs))
print(x for x in xs, 1)
