from _mod_geo import Vec
try:
    from _mod_pkg import nothing
except ImportError as e:
    text = str(e)
    print("ImportError:", text[: text.index(" (")], text.endswith("/_mod_pkg/__init__.py)"))
from _mod_geo import dist, nope
