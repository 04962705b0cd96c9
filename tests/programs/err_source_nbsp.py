# A no-break space (U+00A0) between tokens.
x = 1 + 2
print(x)
