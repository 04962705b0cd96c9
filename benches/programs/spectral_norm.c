/* Twin of spectral_norm.py. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
static double a(long i, long j) { return 1.0 / ((i + j) * (i + j + 1) / 2 + i + 1); }
static void mul_av(const double *v, double *out, int n) {
    for (int i = 0; i < n; i++) {
        double s = 0.0;
        for (int j = 0; j < n; j++) s += a(i, j) * v[j];
        out[i] = s;
    }
}
static void mul_atv(const double *v, double *out, int n) {
    for (int i = 0; i < n; i++) {
        double s = 0.0;
        for (int j = 0; j < n; j++) s += a(j, i) * v[j];
        out[i] = s;
    }
}
int main(int argc, char **argv) {
    int n = argc > 1 ? atoi(argv[1]) : 300;
    double *u = malloc(sizeof(double) * n), *v = malloc(sizeof(double) * n), *t = malloc(sizeof(double) * n);
    for (int i = 0; i < n; i++) { u[i] = 1.0; v[i] = 0.0; }
    for (int k = 0; k < 10; k++) {
        mul_av(u, t, n); mul_atv(t, v, n);
        mul_av(v, t, n); mul_atv(t, u, n);
    }
    double vbv = 0.0, vv = 0.0;
    for (int i = 0; i < n; i++) { vbv += u[i] * v[i]; vv += v[i] * v[i]; }
    printf("%.9f\n", pow(vbv / vv, 0.5));
    return 0;
}
