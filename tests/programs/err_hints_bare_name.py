# `x: int` does not bind x: reading it is a NameError at module level.
x: int
print(__annotations__)
print(x)
