try:
    x: int = 5
except ValueError:
    pass
print(__annotations__)
