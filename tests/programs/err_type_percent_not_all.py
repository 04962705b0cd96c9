print("%d items" % 3)
print("%s and %s" % ("a", "b"))
print("no placeholders" % 5)
