# Binary trees as nested tuples (left, value, right), with None for an
# empty subtree, built and walked recursively the way a Python user writes
# it: the walk returns a (count, total, height) tuple that each level
# unpacks and combines. As in the Benchmarks Game's binary-trees, many
# small trees and few big ones are built, so every depth costs the same.
import sys
from numba import njit

MIN_DEPTH = 4


@njit
def make_tree(depth, value):
    if depth == 0:
        return None
    return (make_tree(depth - 1, value + 1), value, make_tree(depth - 1, value + 2))


@njit
def tree_stats(node):
    if node is None:
        return 0, 0, 0
    left, value, right = node
    left_count, left_total, left_height = tree_stats(left)
    right_count, right_total, right_height = tree_stats(right)
    count = left_count + 1 + right_count
    return count, left_total + value + right_total, max(left_height, right_height) + 1


@njit
def tree_walk(max_depth):
    lines = []
    for depth in range(MIN_DEPTH, max_depth + 1, 2):
        trees = 2 ** (max_depth - depth + MIN_DEPTH)
        nodes = total = 0
        for i in range(trees):
            count, tree_total, height = tree_stats(make_tree(depth, i % 10))
            nodes += count
            total += tree_total
        lines.append(f"{trees} trees of depth {height}: {nodes} nodes, total {total}")
    return lines


n = int(sys.argv[1]) if len(sys.argv) > 1 else 12
for line in tree_walk(n):
    print(line)
