# format() and f-string specs on big ints.
x = 2 ** 70
for spec in ["d", ",", "_", "_x", "x", "X", "#x", "#o", "#b", "o", "b", ">40", "<40", "^40", "=+40", "040,", "+", " ", "e", ".3e", "g", ".2%", "n", "*^50,"]:
    print(repr(spec), repr(format(x, spec)), repr(format(-x, spec)))
print(f"{x:,}", f"{x:_x}", f"{-x:>40}", f"{x:#_b}"[:20])
try:
    format(x, "c")
except OverflowError as e:
    print(e)
try:
    format(x, ".3")
except ValueError as e:
    print(e)
