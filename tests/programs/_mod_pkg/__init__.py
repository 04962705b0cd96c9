# A package the mod_* programs import.
from . import shapes
from .shapes import square

NAME = "pkg"
print("package", __name__, "loaded; package of it:", __package__)
