/* Twin of string_build.py. */
#include <stdio.h>
#include <stdlib.h>
int main(int argc, char **argv) {
    long n = argc > 1 ? atol(argv[1]) : 300000;
    char *s = malloc((size_t)n * 4 + 1);
    long len = 0;
    for (long i = 0; i < n; i++) {
        if (i > 0) s[len++] = ',';
        len += sprintf(s + len, "%ld", i % 97);
    }
    long sevens = 0;
    for (long k = 0; k < len; k++) sevens += s[k] == '7';
    printf("%ld %ld\n", len, sevens);
    return 0;
}
