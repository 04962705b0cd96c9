# A width past Py_ssize_t: CPython's "Too many decimal digits".
print(f"{1:99999999999999999999}")
