# Two local loads on different lines run as one superinstruction; the
# error in the second must name the second's line.
def f(flag):
    a = 1
    if flag:
        b = 2
    total = (a +
             b)
    return total


print(f(True))
print(f(False))
