/* Twin of word_count.py: a small open-addressing hash table of words. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#define SLOTS 4096
static char keys[SLOTS][16];
static long counts[SLOTS];
static unsigned hash(const char *s) { unsigned h = 5381; while (*s) h = h * 33 + (unsigned char)*s++; return h; }
int main(int argc, char **argv) {
    long n = argc > 1 ? atol(argv[1]) : 300000;
    long long seed = 42;
    long distinct = 0;
    char word[16];
    for (long i = 0; i < n; i++) {
        seed = (seed * 16807) % 2147483647;
        snprintf(word, sizeof word, "w%lld", seed % 1000);
        unsigned h = hash(word) % SLOTS;
        while (counts[h] && strcmp(keys[h], word) != 0) h = (h + 1) % SLOTS;
        if (!counts[h]) { strcpy(keys[h], word); distinct++; }
        counts[h]++;
    }
    long most = 0, w7 = 0;
    for (int i = 0; i < SLOTS; i++) {
        if (counts[i] > most) most = counts[i];
        if (counts[i] && strcmp(keys[i], "w7") == 0) w7 = counts[i];
    }
    printf("%ld %ld %ld\n", distinct, most, w7);
    return 0;
}
