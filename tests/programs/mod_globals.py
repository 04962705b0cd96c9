# Every function reads the globals of the module it was defined in.
import _mod_geo
from _mod_geo import scaled, count

scale = 1000  # the main script's own `scale`: not the one scaled() reads
print(scaled(3), scale)

_mod_geo.scale = 2  # assignment from outside: what the module's code sees
print(scaled(3), _mod_geo.scale, scale)

# `global` in the module writes the module's global.
calls = "main's calls"
print(count(), count(), _mod_geo.calls, calls)

# A new attribute set from outside is a global of the module.
_mod_geo.extra = "added"
print(_mod_geo.extra)
del _mod_geo.extra
try:
    _mod_geo.extra
except AttributeError as e:
    print("AttributeError:", e)
try:
    del _mod_geo.extra
except AttributeError as e:
    print("AttributeError:", e)

# Functions and classes know their module.
print(scaled.__module__, _mod_geo.Vec.__module__, _mod_geo.Vec(1, 2))
print(type(_mod_geo.Vec(1, 2)))


def mine():
    return 1


print(mine.__module__, __name__)

# Replacing a module's function is seen by the module's own callers.
def fake_sqrt_dist(a, b):
    return "replaced"


_mod_geo.dist = fake_sqrt_dist
print(_mod_geo.dist(_mod_geo.Vec(0, 0), _mod_geo.Vec(1, 1)))
try:
    scaled()
except TypeError as e:
    print("TypeError:", e)
