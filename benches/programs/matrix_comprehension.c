/* Twin of matrix_comprehension.py: the same transposition and the same
   left-to-right sums (each dot product starts from 0, as sum() does). */
#include <stdio.h>
#include <stdlib.h>

static double *make_matrix(long n, long shift) {
    double *m = malloc(n * n * sizeof *m);
    for (long i = 0; i < n; i++)
        for (long j = 0; j < n; j++)
            m[i * n + j] = (double)((i * n + j + shift) % 17 - 8) / 7.0;
    return m;
}

int main(int argc, char **argv) {
    long n = argc > 1 ? atol(argv[1]) : 100;
    double *a = make_matrix(n, 0), *b = make_matrix(n, 5);
    double *bt = malloc(n * n * sizeof *bt), *c = malloc(n * n * sizeof *c);
    for (long j = 0; j < n; j++)
        for (long i = 0; i < n; i++) bt[j * n + i] = b[i * n + j];
    for (long i = 0; i < n; i++)
        for (long j = 0; j < n; j++) {
            double s = 0.0;
            for (long k = 0; k < n; k++) s += a[i * n + k] * bt[j * n + k];
            c[i * n + j] = s;
        }
    double trace = 0.0, total = 0.0;
    for (long i = 0; i < n; i++) trace += c[i * n + i];
    for (long i = 0; i < n; i++) {
        double row = 0.0;
        for (long j = 0; j < n; j++) row += c[i * n + j];
        total += row;
    }
    printf("%.9f\n%.9f\n", trace, total);
    free(a); free(b); free(bt); free(c);
    return 0;
}
