# A str operation compiled as a call raises partway through a hot loop: the
# error is the interpreter's, on the right line, with what ran before kept.
out = []
for i in range(400):
    v = "x" if i < 300 else i
    out.append(v + "y")
print(len(out))
