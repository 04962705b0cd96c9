/* Twin of stencil.py. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
int main(int argc, char **argv) {
    int n = argc > 1 ? atoi(argv[1]) : 20000;
    double *u = malloc(sizeof(double) * n), *v = malloc(sizeof(double) * n);
    for (int i = 0; i < n; i++) u[i] = ((i * 7) % 13) / 13.0;
    memcpy(v, u, sizeof(double) * n);
    for (int s = 0; s < 100; s++) {
        for (int i = 1; i < n - 1; i++) v[i] = u[i] + 0.25 * (u[i - 1] - 2.0 * u[i] + u[i + 1]);
        double *t = u; u = v; v = t;
    }
    double total = 0.0;
    for (int i = 0; i < n; i++) total += u[i];
    printf("%.9f\n", total);
    return 0;
}
