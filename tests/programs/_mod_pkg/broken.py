# A submodule whose body fails: `from _mod_pkg import broken` raises this.
raise KeyError("broken submodule")
