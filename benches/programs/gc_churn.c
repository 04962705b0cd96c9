/* Twin of gc_churn.py: the strs are formatted into stack buffers, and the
   dict of recent items is a chained hash table whose nodes are malloc'd on
   insertion and freed when trimmed. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#define BUCKETS 4096
struct node {
    char key[16];
    long value;
    struct node *next;
};
static struct node *table[BUCKETS];
static long size;
static unsigned hash(const char *s) {
    unsigned h = 5381;
    while (*s) h = h * 33 + (unsigned char)*s++;
    return h % BUCKETS;
}
static void put(const char *key, long value) {
    struct node **slot = &table[hash(key)];
    for (struct node *p = *slot; p; p = p->next) {
        if (strcmp(p->key, key) == 0) {
            p->value = value;
            return;
        }
    }
    struct node *p = malloc(sizeof *p);
    strcpy(p->key, key);
    p->value = value;
    p->next = *slot;
    *slot = p;
    size++;
}
static void trim_below(long limit) {
    for (int b = 0; b < BUCKETS; b++) {
        struct node **link = &table[b];
        while (*link) {
            struct node *p = *link;
            if (p->value < limit) {
                *link = p->next;
                free(p);
                size--;
            } else {
                link = &p->next;
            }
        }
    }
}
int main(int argc, char **argv) {
    long n = argc > 1 ? atol(argv[1]) : 100000;
    long total = 0;
    char num[24], label[48], key[16];
    for (long i = 0; i < n; i++) {
        snprintf(num, sizeof num, "%ld", i);
        snprintf(label, sizeof label, "%s:%ld", num, i % 7);
        total += (long)strlen(num) + (long)strlen(label);
        snprintf(key, sizeof key, "r%ld", i % 3000);
        put(key, i);
        if (i % 1000 == 999) trim_below(i - 1500);
    }
    long kept = 0;
    for (int b = 0; b < BUCKETS; b++)
        for (struct node *p = table[b]; p; p = p->next) kept += p->value;
    printf("%ld %ld %ld\n", total, size, kept);
    return 0;
}
