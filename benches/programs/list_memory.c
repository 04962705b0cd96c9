/* Twin of list_memory.py: one byte per mark, 8 per float and per int. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
int main(int argc, char **argv) {
    long n = argc > 1 ? atol(argv[1]) : 10000;
    long size = n * 24;
    char *composite = malloc(size);
    memset(composite, 0, size);
    for (long i = 2; i < size; i++) {
        {
            for (long j = 2 * i; j < size; j += i) composite[j] = 1;
        }
    }
    long nf = n * 4, ni = n * 2;
    double *floats = malloc(nf * sizeof *floats);
    for (long k = 0; k < nf; k++) floats[k] = k * 0.5;
    long *ints = malloc(ni * sizeof *ints);
    for (long k = 0; k < ni; k++) ints[k] = k * 3 % 1000003;
    long primes = 0;
    for (long k = 2; k < size; k++) if (!composite[k]) primes++;
    double fsum = 0.0;
    for (long k = 0; k < nf; k++) fsum += floats[k];
    long isum = 0;
    for (long k = 0; k < ni; k++) isum += ints[k];
    printf("%ld\n%.9f\n%ld\n", primes, fsum, isum);
    free(composite);
    free(floats);
    free(ints);
    return 0;
}
