# list.pop() and list.pop(i) on lists of objects in hot loops: queues of
# tuples, strs and instances, items whose type changes, popping an empty
# list (IndexError), and an index past the end.


class Job:
    def __init__(self, n):
        self.n = n


def main():
    queue = [(i, str(i)) for i in range(200)]
    done = 0
    while queue:
        n, s = queue.pop(0)
        done += n + len(s)
        if n % 7 == 0 and n < 100:
            queue.append((n + 1000, "x"))
    print(done)

    stack = [Job(i) for i in range(300)]
    total = 0
    while stack:
        total += stack.pop().n
    print(total)

    mixed = ["a", 1, "bb", 2.5, None, Job(3)] * 50
    kinds = []
    while mixed:
        kinds.append(type(mixed.pop(0)).__name__)
    print(len(kinds), kinds[:7])

    items = ["p", "q"] * 100
    caught = 0
    for i in range(300):
        try:
            items.pop(len(items) + (i % 3) - 1)
        except IndexError:
            caught += 1
    print(len(items), caught)

    empty = []
    for i in range(300):
        try:
            empty.pop()
        except IndexError:
            caught += 1
        if i % 100 == 0:
            empty.append(Job(i))
    print(caught)


main()
