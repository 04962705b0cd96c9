from ..shapes import square
from .. import NAME


def fourth(v):
    return square(square(v))


WHO = __name__ + " in " + NAME
