# A comment line
x = 1; y = 2; z = x + y  # trailing comment
print(x, y, z); print("second statement")
if x: print("inline if body")
for i in range(3): print(i, end=" ")
print()
while x < 4: x += 1
print(x)
def f(a): return a * 2
print(f(21))
    # indented comment, ignored
if y == 2:
    # comment inside block

    print("blank lines and comments ignored")
        # oddly indented comment
    print("still in block")
items = [1,  # one
         2,  # two
         3]
total = (items[0]
         + items[1]
         + items[2])
print(total, items)
d = {
    "a": 1,
    "b": 2,
}
print(d)
s = "# not a comment"
print(s)
a = 1 if x > 2 else \
    0
print(a); pass; print("after pass")
