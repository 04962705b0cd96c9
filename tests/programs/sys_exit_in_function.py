import sys
def check(values):
    for v in values:
        if v < 0:
            print("negative value", v)
            sys.exit(2)
        print("ok", v)
check([3, 1, -4, 1])
print("unreachable")
