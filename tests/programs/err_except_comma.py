# Python 2 spelling of an except clause: CPython 3.11 names the mistake.
try:
    print(int("x"))
except TypeError, ValueError:
    print("bad")
