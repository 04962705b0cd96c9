count = 0
names = []
def bump():
    global count
    count += 1
def record(n):
    names.append(n)
def rebind_list():
    global names
    names = ["fresh"]
for k in range(3):
    bump()
    record(k)
print(count, names)
rebind_list()
print(names)
def make_global():
    global created
    created = "made inside"
make_global()
print(created)
x = "module"
def read_x():
    return x
def local_x():
    x = "local"
    return x
print(read_x(), local_x(), x)
def nested():
    y = 1
    def a():
        nonlocal y
        y += 10
        def b():
            nonlocal y
            y *= 2
        b()
    a()
    return y
print(nested())
total = 100
def uses_global_in_loop(n):
    global total
    for i in range(n):
        total -= i
    return total
print(uses_global_in_loop(5), total)
def param_shadows_global(count):
    count += 1000
    return count
print(param_shadows_global(1), count)
