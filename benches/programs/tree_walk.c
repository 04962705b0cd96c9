/* Twin of tree_walk.py: nodes allocated with malloc, NULL for an empty
   subtree, the walk returning a {count, total, height} struct; each tree
   is freed after its walk (Python frees it when the last reference goes). */
#include <stdio.h>
#include <stdlib.h>
#define MIN_DEPTH 4

struct node { struct node *left, *right; long value; };
struct stats { long count, total, height; };

static struct node *make_tree(int depth, long value) {
    if (depth == 0) return NULL;
    struct node *n = malloc(sizeof *n);
    n->left = make_tree(depth - 1, value + 1);
    n->value = value;
    n->right = make_tree(depth - 1, value + 2);
    return n;
}

static struct stats tree_stats(const struct node *n) {
    if (!n) return (struct stats){0, 0, 0};
    struct stats l = tree_stats(n->left), r = tree_stats(n->right);
    long height = (l.height > r.height ? l.height : r.height) + 1;
    return (struct stats){l.count + 1 + r.count, l.total + n->value + r.total, height};
}

static void free_tree(struct node *n) {
    if (!n) return;
    free_tree(n->left);
    free_tree(n->right);
    free(n);
}

int main(int argc, char **argv) {
    int max_depth = argc > 1 ? atoi(argv[1]) : 12;
    for (int depth = MIN_DEPTH; depth <= max_depth; depth += 2) {
        long trees = 1L << (max_depth - depth + MIN_DEPTH);
        long nodes = 0, total = 0, height = 0;
        for (long i = 0; i < trees; i++) {
            struct node *tree = make_tree(depth, i % 10);
            struct stats s = tree_stats(tree);
            free_tree(tree);
            nodes += s.count;
            total += s.total;
            height = s.height;
        }
        printf("%ld trees of depth %ld: %ld nodes, total %ld\n", trees, height, nodes, total);
    }
    return 0;
}
