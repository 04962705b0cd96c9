# %-formatting of big ints.
x = 2 ** 70
print("%d %i %u" % (x, -x, x))
print("%x %X %o %#x %#o" % (x, x, x, -x, -x))
print("%5d|%-30d|%030d|%+d" % (x, x, -x, x))
print("%e %f %g" % (x, x, x))
print("%.30d" % 12345678901234567890)
print("%d" % 1e25, "%d" % -1.5e30)
try:
    "%c" % x
except OverflowError as e:
    print(e)
