# expected: hand-written (CPython has os; Rumba names it as not supported)
print("before")
import os
