/* Twin of queens.py: recursive backtracking with flag arrays. */
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>

static long place(int row, int n, bool *columns, bool *rising, bool *falling) {
    if (row == n) return 1;
    long solutions = 0;
    for (int col = 0; col < n; col++) {
        if (columns[col] || rising[row + col] || falling[row - col + n - 1]) continue;
        columns[col] = rising[row + col] = falling[row - col + n - 1] = true;
        solutions += place(row + 1, n, columns, rising, falling);
        columns[col] = rising[row + col] = falling[row - col + n - 1] = false;
    }
    return solutions;
}

int main(int argc, char **argv) {
    int n = argc > 1 ? atoi(argv[1]) : 8;
    bool *columns = calloc(n, sizeof(bool));
    bool *rising = calloc(2 * n, sizeof(bool));
    bool *falling = calloc(2 * n, sizeof(bool));
    printf("%ld\n", place(0, n, columns, rising, falling));
    free(columns); free(rising); free(falling);
    return 0;
}
