def f():
    from typing import *
