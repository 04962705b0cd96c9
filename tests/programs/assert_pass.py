def check(n):
    assert n >= 0, "negative"
    assert isinstance(n, int)
    assert n < 1000, "too big: " + str(n)
    return n * 2
print(check(5), check(0))
assert True
assert 1, "never shown"
assert [0], "non-empty list is true"
assert (1, 2) == (1, 2)
x = 0
if x:
    pass
elif x == 0:
    pass
else:
    pass
for i in range(3):
    pass
while x < 3:
    x += 1
    pass
def stub():
    pass
print(stub(), x, i)
assert check(3) == 6, "math"
assert not None
assert "" == "", "empty"
print("all asserts passed")
