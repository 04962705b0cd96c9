# heapq.heapify in a hot loop: compiled code calls it, and a list whose
# comparisons need a script's __lt__ part of the way through is sifted
# again from the start by the interpreter, so every __lt__ runs once and
# the result is CPython's.
import heapq


class Task:
    seen = 0

    def __init__(self, pri):
        self.pri = pri

    def __lt__(self, other):
        Task.seen += 1
        if isinstance(other, Task):
            return self.pri < other.pri
        return self.pri < other

    def __gt__(self, other):
        Task.seen += 1
        return self.pri > other

    def __repr__(self):
        return "Task(%d)" % self.pri


def run(rounds, every):
    lists = []
    for j in range(every):
        xs = [(k * 104729 + j) % 97 for k in range(12)]
        if j == every - 1:
            # Ints first, a Task deep in the heap: the sift reaches it
            # after other swaps.
            xs[1] = Task(j % 13)
        lists.append(xs)
    total = 0
    for i in range(rounds):
        h = lists[i % every][:]
        heapq.heapify(h)
        top = heapq.heappop(h)
        total += top.pri if isinstance(top, Task) else top
        if i % 50 == 49:
            print(i, h[:4], Task.seen)
    return total


print(run(300, 3), Task.seen)
print(run(300, 7), Task.seen)

# An item whose __lt__ raises: the error is the interpreter's, the list as
# CPython leaves it.
class Bad:
    def __lt__(self, other):
        raise ValueError("no order")

    __gt__ = __lt__

for i in range(40):
    xs = [5, 4, 3, 2, 1, 0, -1]
    if i == 39:
        xs[5] = Bad()
    try:
        heapq.heapify(xs)
    except ValueError as e:
        print(i, e, [x if isinstance(x, int) else "Bad" for x in xs])
print(xs[:3])
