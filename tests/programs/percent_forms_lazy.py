# %-formatting asks a value only for the forms its fields use: %s calls __str__,
# %r calls __repr__, never both (as CPython does).


class Loud:
    def __str__(self):
        print("  __str__ called")
        return "S"

    def __repr__(self):
        print("  __repr__ called")
        return "R"


for fmt in ["%s", "%r", "%a", "[%5s]", "%s %r"]:
    args = (Loud(),) if fmt.count("%") == 1 else (Loud(), Loud())
    print(fmt, "->", fmt % args)
print("%(x)s" % {"x": Loud()})
print("%(x)r" % {"x": Loud()})
print("%d %x %c %%" % (7, 255, 65))
print("%s" % "plain", "%r" % "quoted")
