# Hot loops calling an imported module's functions: compiled loops read
# the module's globals, and see them change.
import _mod_hot
from _mod_hot import f, g


def total(n):
    t = 0
    for i in range(n):
        t += _mod_hot.f(i) + g(i) + f(i) + _mod_hot.step
    return t


print(total(3000))
_mod_hot.step = 5
print(total(3000))
t = 0
for i in range(2000):
    if i == 1000:
        _mod_hot.step = 1
    t += f(i) + _mod_hot.g(i)
print(t)
