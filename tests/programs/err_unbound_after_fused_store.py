# A store and the next line's load run as one superinstruction; the error
# must name the load's line.
def g(flag):
    print("flag", flag)
    if flag:
        y = 1
    x = 5
    return y + x


print(g(True))
print(g(False))
