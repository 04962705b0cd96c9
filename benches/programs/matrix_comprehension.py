# Matrix product written with comprehensions, the way a Python user writes
# it without NumPy: the second matrix is transposed with a comprehension,
# each entry is sum() of a list comprehension over zip(row, column), and
# the checksums are comprehensions too. (A generator expression inside
# sum() would be more usual; Rumba's subset has list comprehensions only.)
import sys
from numba import njit


@njit
def make_matrix(n, shift):
    return [[((i * n + j + shift) % 17 - 8) / 7.0 for j in range(n)] for i in range(n)]


@njit
def transpose(m):
    return [[row[j] for row in m] for j in range(len(m[0]))]


@njit
def matmul(a, b):
    columns = transpose(b)
    return [[sum([x * y for x, y in zip(row, column)]) for column in columns] for row in a]


@njit
def matrix_comprehension(n):
    a = make_matrix(n, 0)
    b = make_matrix(n, 5)
    c = matmul(a, b)
    trace = sum([row[i] for i, row in enumerate(c)])
    total = sum([sum(row) for row in c])
    return trace, total


n = int(sys.argv[1]) if len(sys.argv) > 1 else 100
trace, total = matrix_comprehension(n)
print("%.9f" % trace)
print("%.9f" % total)
