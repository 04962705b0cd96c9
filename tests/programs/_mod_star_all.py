# A module the mod_* programs import: `from _mod_star_all import *`
# takes just what __all__ lists.
__all__ = ["public", "_listed_private"]
public = "public"
_listed_private = "listed though private"
unlisted = "not in __all__"
