/* Twin of float_loop.py. */
#include <stdio.h>
#include <stdlib.h>
static double float_loop(long n) {
    double x = 1.0, v = 0.0, h = 0.01, s = 0.0;
    for (long i = 0; i < n; i++) {
        v -= x * h;
        x += v * h;
        s += x * x / (1.0 + v * v);
    }
    return s;
}
int main(int argc, char **argv) {
    long n = argc > 1 ? atol(argv[1]) : 2000000;
    printf("%.9f\n", float_loop(n));
    return 0;
}
