/* Twin of matmul.py. */
#include <stdio.h>
#include <stdlib.h>
static double *make(int n, int seed) {
    double *m = malloc(sizeof(double) * n * n);
    for (int i = 0; i < n; i++)
        for (int j = 0; j < n; j++) m[i * n + j] = ((i * n + j + seed) % 17) / 17.0;
    return m;
}
int main(int argc, char **argv) {
    int n = argc > 1 ? atoi(argv[1]) : 120;
    double *a = make(n, 1), *b = make(n, 5), *c = calloc((size_t)n * n, sizeof(double));
    for (int i = 0; i < n; i++)
        for (int k = 0; k < n; k++) {
            double aik = a[i * n + k];
            for (int j = 0; j < n; j++) c[i * n + j] += aik * b[k * n + j];
        }
    double total = 0.0;
    for (int i = 0; i < n * n; i++) total += c[i];
    printf("%.9f\n", total);
    return 0;
}
