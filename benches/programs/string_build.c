/* Twin of string_build.py: the line is built in one buffer with sprintf. */
#include <stdio.h>
#include <stdlib.h>
int main(int argc, char **argv) {
    long n = argc > 1 ? atol(argv[1]) : 300000;
    char line[100 * 4 + 1];
    long length = 0, sevens = 0, len = 0, parts = 0;
    for (long i = 0; i < n; i++) {
        if (parts > 0) line[len++] = ',';
        len += sprintf(line + len, "%ld", i % 997);
        parts++;
        if (parts == 100 || i == n - 1) {
            length += len;
            for (long k = 0; k < len; k++) sevens += line[k] == '7';
            len = 0;
            parts = 0;
        }
    }
    printf("%ld %ld\n", length, sevens);
    return 0;
}
