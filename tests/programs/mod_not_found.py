try:
    import _mod_nope
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e, e.__class__.__mro__[1].__name__)
try:
    import _mod_geo.nothing
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e)
try:
    import _mod_pkg.nothing
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e)
try:
    from . import _mod_geo
except ImportError as e:
    print("ImportError:", e)
import _mod_pkg.sub.missing_too
