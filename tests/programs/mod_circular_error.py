# `from` imports in a cycle: the name is missing from the partly made module.
print("before")
import _mod_cyc1
