# queue: FIFO, LIFO and priority queues as BFS and scheduling code uses them;
# maxsize, the nowait forms and Empty/Full; task counting.
import queue
from queue import Queue, LifoQueue, PriorityQueue, SimpleQueue, Empty, Full

graph = {1: [2, 3], 2: [4], 3: [4, 5], 4: [6], 5: [6], 6: []}
q = Queue()
q.put(1)
seen = {1}
order = []
while not q.empty():
    node = q.get()
    order.append(node)
    for nxt in graph[node]:
        if nxt not in seen:
            seen.add(nxt)
            q.put(nxt)
print(order, q.qsize(), q.empty(), q.full())

s = LifoQueue()
for i in range(4):
    s.put(i)
print([s.get() for _ in range(4)])

p = PriorityQueue()
for job in [(3, "low"), (1, "urgent"), (2, "normal"), (1, "also urgent")]:
    p.put(job)
print([p.get() for _ in range(p.qsize())])

b = Queue(maxsize=2)
b.put("a")
b.put_nowait("b")
print(b.full(), b.qsize(), b.maxsize)
try:
    b.put_nowait("c")
except Full:
    print("full")
try:
    b.put("c", timeout=0.01)
except queue.Full as e:
    print("full after timeout", repr(e))
print(b.get(), b.get_nowait())
try:
    b.get_nowait()
except Empty:
    print("empty")
try:
    b.get(block=False)
except Empty as e:
    print("empty again", type(e).__name__, isinstance(e, Exception))
try:
    b.get(timeout=-1)
except ValueError as e:
    print(e)

sq = SimpleQueue()
sq.put(1)
sq.put(2)
print(sq.get(), sq.qsize(), sq.empty(), sq.get_nowait(), sq.empty())

t = Queue()
for i in range(3):
    t.put(i)
while not t.empty():
    t.get()
    t.task_done()
t.join()
try:
    t.task_done()
except ValueError as e:
    print(e)
print(t.unfinished_tasks, list(t.queue))
