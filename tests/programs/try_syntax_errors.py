# expected: hand-written (a SyntaxError: CPython reports it the same way)
try:
    pass
x = 1
