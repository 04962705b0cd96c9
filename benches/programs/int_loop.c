/* Twin of int_loop.py. */
#include <stdio.h>
#include <stdlib.h>
static long long collatz(long long n) {
    long long total = 0;
    for (long long start = 1; start < n; start++) {
        long long x = start;
        while (x != 1) {
            if (x % 2 == 0) x = x / 2; else x = 3 * x + 1;
            total++;
        }
    }
    return total;
}
int main(int argc, char **argv) {
    long long n = argc > 1 ? atoll(argv[1]) : 300000;
    printf("%lld\n", collatz(n));
    return 0;
}
