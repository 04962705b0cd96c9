# The forms of import of the script's own modules (files beside it).
import _mod_geo
import _mod_geo as geo
from _mod_geo import Vec, dist as distance, scale as geo_scale

print(_mod_geo is geo, geo.Vec is Vec, geo_scale)
print(distance(Vec(0, 0), Vec(3, 4)))
print(geo.where(), _mod_geo.__name__, _mod_geo.__file__.endswith("_mod_geo.py"))
text = repr(geo)
print(text[: text.index(" from ")], text.endswith("_mod_geo.py'>"))
print(type(geo), type(geo).__name__)

from _mod_star import *
print(alpha, gamma())
try:
    _beta
except NameError as e:
    print("NameError:", e)

from _mod_star_all import *
print(public, _listed_private)
try:
    unlisted
except NameError as e:
    print("NameError:", e)

# Packages: `import pkg.sub.mod` binds `pkg`; the package gets its
# submodules as attributes.
import _mod_pkg.sub.deep
print(_mod_pkg.sub.deep.fourth(2), _mod_pkg.sub.deep.WHO)
print(_mod_pkg.NAME, _mod_pkg.square(7), _mod_pkg.shapes.KIND)
from _mod_pkg import shapes
from _mod_pkg.sub import deep
from _mod_pkg.sub.deep import fourth as f4
import _mod_pkg.shapes as sh
print(shapes is sh, deep is _mod_pkg.sub.deep, f4(3), sh.square(5))
print(_mod_pkg.__package__, deep.__package__, shapes.__package__)


def local_import():
    import _mod_geo as g
    from _mod_pkg.shapes import square
    return g.scaled(2), square(9)


print(local_import())

# A second import runs nothing again and gives the same module.
import _mod_geo

print(_mod_geo is geo)
