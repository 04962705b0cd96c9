/* Twin of word_freq.py: the same text built line by line, split at spaces,
   stripped of ".," and lowered, counted in an open-addressing hash table,
   then ranked with qsort (most frequent first, ties alphabetical). */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#define SLOTS 16384
#define WORDS_PER_LINE 12

static const char *SYLLABLES[16] = {"ka", "lo", "mi", "ne", "ru", "sa", "ti", "vo",
                                    "be", "da", "fu", "gi", "ha", "jo", "pe", "zu"};
struct entry { char word[16]; long count; };
static struct entry table[SLOTS];

static long long next_seed(long long seed) { return seed * 16807 % 2147483647; }

/* Appends one word (and its punctuation) at out; returns its length. */
static int make_word(long long *seed, char *out) {
    int len = 0;
    *seed = next_seed(*seed);
    int syllables = 1 + (int)(*seed % 3);
    for (int s = 0; s < syllables; s++) {
        *seed = next_seed(*seed);
        const char *syl = SYLLABLES[*seed % 16];
        out[len++] = syl[0];
        out[len++] = syl[1];
    }
    *seed = next_seed(*seed);
    if (*seed % 5 == 0) out[0] = (char)toupper((unsigned char)out[0]);
    else if (*seed % 7 == 0) out[len++] = ',';
    return len;
}

static unsigned hash(const char *s, int len) {
    unsigned h = 2166136261u;
    for (int i = 0; i < len; i++) h = (h ^ (unsigned char)s[i]) * 16777619u;
    return h;
}

static int by_rank(const void *pa, const void *pb) {
    const struct entry *a = pa, *b = pb;
    if (a->count != b->count) return a->count > b->count ? -1 : 1;
    return strcmp(a->word, b->word);
}

int main(int argc, char **argv) {
    long n = argc > 1 ? atol(argv[1]) : 20000;
    long long seed = 42;
    long chars = 0, distinct = 0;
    char line[256];
    for (long l = 0; l < n; l++) {
        int len = 0;
        for (int w = 0; w < WORDS_PER_LINE; w++) {
            if (w > 0) line[len++] = ' ';
            len += make_word(&seed, line + len);
        }
        line[len++] = '.';
        line[len] = '\0';
        chars += len;
        for (int i = 0; i < len;) {
            while (i < len && line[i] == ' ') i++;
            int start = i;
            while (i < len && line[i] != ' ') i++;
            int end = i;
            if (end == start) continue;
            while (start < end && (line[start] == '.' || line[start] == ',')) start++;
            while (end > start && (line[end - 1] == '.' || line[end - 1] == ',')) end--;
            char word[16];
            int wlen = end - start;
            for (int k = 0; k < wlen; k++) word[k] = (char)tolower((unsigned char)line[start + k]);
            word[wlen] = '\0';
            unsigned h = hash(word, wlen) % SLOTS;
            while (table[h].count && strcmp(table[h].word, word) != 0) h = (h + 1) % SLOTS;
            if (!table[h].count) { memcpy(table[h].word, word, wlen + 1); distinct++; }
            table[h].count++;
        }
    }
    struct entry *ranked = malloc(distinct * sizeof *ranked);
    long k = 0;
    for (int i = 0; i < SLOTS; i++)
        if (table[i].count) ranked[k++] = table[i];
    qsort(ranked, distinct, sizeof *ranked, by_rank);
    struct entry *rarest = &ranked[distinct - 1];
    printf("%ld %ld %s=%ld\n", distinct, chars, rarest->word, rarest->count);
    for (long i = 0; i < 5 && i < distinct; i++)
        printf("%s%s=%ld", i ? ", " : "", ranked[i].word, ranked[i].count);
    printf("\n");
    free(ranked);
    return 0;
}
