x = 1
y = 2
del x
print("y" if y else "", y)
a = list(range(10))
del a[0]
print(a)
del a[-1]
print(a)
del a[2:4]
print(a)
del a[::2]
print(a)
del a[0], a[0]
print(a)
d = {"k1": 1, "k2": 2, "k3": 3}
del d["k2"]
print(d, len(d))
del d["k1"], d["k3"]
print(d)
nested = {"a": [1, 2, 3], "b": {"c": 4, "e": 5}}
del nested["a"][1]
del nested["b"]["c"]
print(nested)
def local_del():
    v = [1, 2]
    w = v
    del v
    return w
print(local_del())
m, n = 5, 6
del m, n
m = "rebound"
print(m)
for i in range(3):
    tmp = i * 2
    del tmp
print("done", i)
