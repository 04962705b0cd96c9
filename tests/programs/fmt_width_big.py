# Widths and precisions past 2**24 are fine (a field that large is a
# MemoryError only when it does not fit the heap).
s = f"{1:{2**25}}"
print(len(s), s[-3:], s.strip())
print(len("{:>{}}".format("x", 2**24 + 5)))
print(len(format(7, "020000000")))
print(len("%20000000d" % 3))
print(len(f"{'ab':.{2**40}}"))
print(len(f"{2.5:.20000000f}"))
print("%.3000000000f" % 1.5)
