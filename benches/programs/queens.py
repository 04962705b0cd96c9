# Counts the solutions of the n-queens puzzle by recursive backtracking, as
# a Python user writes it: one queen per row, lists of flags for the
# columns and both diagonals that are taken, a recursive call per row.
import sys
from numba import njit


@njit
def place(row, n, columns, rising, falling):
    # rising diagonals are row + col, falling ones row - col + n - 1.
    if row == n:
        return 1
    solutions = 0
    for col in range(n):
        if columns[col] or rising[row + col] or falling[row - col + n - 1]:
            continue
        columns[col] = rising[row + col] = falling[row - col + n - 1] = True
        solutions += place(row + 1, n, columns, rising, falling)
        columns[col] = rising[row + col] = falling[row - col + n - 1] = False
    return solutions


@njit
def queens(n):
    columns = [False] * n
    rising = [False] * (2 * n - 1)
    falling = [False] * (2 * n - 1)
    return place(0, n, columns, rising, falling)


n = int(sys.argv[1]) if len(sys.argv) > 1 else 8
print("%d" % queens(n))
