/* Twin of float_loop.py. */
#include <stdio.h>
#include <stdlib.h>
static double float_loop(long n) {
    double x = 0.0, y = 1.0, s = 0.0;
    for (long i = 0; i < n; i++) {
        x = x * 0.999 + y * 0.001;
        y = y * 0.999 - x * 0.001;
        s += x * y;
    }
    return s;
}
int main(int argc, char **argv) {
    long n = argc > 1 ? atol(argv[1]) : 2000000;
    printf("%.9f\n", float_loop(n));
    return 0;
}
