# Format specs can hold replacement fields: width, precision, fill, align, type.
rows = [("apple", 1.5), ("kiwi", 0.25), ("watermelon", 12.125)]
width = 10
for prec in range(4):
    for name, price in rows:
        print(f"{name:{'<'}{width}}|{price:{width}.{prec}f}|{price:{'0'}>{width - 2}.{prec}e}|")
fill, align, kind = "*", "^", "x"
print(f"{255:{fill}{align}{width}{kind}}|", f"{255:#{kind}}", f"{-7:{'+'}}")
spec = ">8.2f"
print(f"{3.14159:{spec}}|", f"{'left':{'<'}{width}}|", f"{12:{'02'}}")
print("{:{}}|".format(3.5, 8), "{0:{1}.{2}f}|".format(3.14159, 10, 3), "{:{w}.{p}}|".format(2.71828, w=9, p=4))
print("{!r:>{}}|".format("a", 5), "{:{}{}}|".format(5, ">", 10), "{0:{fill}^{width}}|".format("mid", fill="-", width=11))
