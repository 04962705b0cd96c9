# `from pkg import sub` of a submodule not yet imported runs it; its
# error is the import's.
from _mod_pkg.sub import deep as fresh
print(fresh.fourth(2))
try:
    from _mod_pkg import broken
except KeyError as e:
    print("KeyError:", e)
from _mod_pkg import broken
