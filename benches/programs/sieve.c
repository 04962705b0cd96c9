/* Twin of sieve.py. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
static long sieve(long n) {
    char *flags = malloc(n);
    memset(flags, 1, n);
    long count = 0;
    for (long i = 2; i < n; i++) {
        if (flags[i]) {
            count++;
            for (long j = i * i; j < n; j += i) flags[j] = 0;
        }
    }
    free(flags);
    return count;
}
int main(int argc, char **argv) {
    long n = argc > 1 ? atol(argv[1]) : 1000000, total = 0;
    for (int t = 0; t < 10; t++) total += sieve(n);
    printf("%ld\n", total);
    return 0;
}
