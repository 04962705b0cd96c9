# Frames a trace pushes in machine code for a recursive call made inside
# calls inlined into it: each resumes at the right place, so a traceback
# from the bottom of the recursion names every frame and line, and values
# come back to the right call sites.


class Tree:
    def __init__(self, depth):
        self.depth = depth

    def size(self, limit):
        return visit(self, limit) + 1


def visit(tree, limit):
    if tree.depth == 0:
        if limit < 0:
            raise ValueError("too deep")
        return 0
    left = Tree(tree.depth - 1).size(limit)
    right = child_size(tree, limit)
    return left + right


def child_size(tree, limit):
    return Tree(tree.depth - 1).size(limit - 1)


total = 0
for k in range(200):
    total += Tree(k % 6).size(10)
print(total)
print(Tree(3).size(1))
