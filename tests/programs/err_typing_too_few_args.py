# expected: hand-written (CPython's message and frames; its traceback also lists frames inside typing.py, which is native code in Rumba)
from typing import Dict
x = Dict[str]
