# A module the mod_* programs import: `from _mod_star import *` takes
# the names not starting with an underscore.
alpha = 1
_beta = 2


def gamma():
    return alpha + _beta
