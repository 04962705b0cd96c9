# Timers joined or cancelled, queues filled by producer threads started
# before their consumers, and a thread pool whose map gives results in order.
import threading
import queue
from concurrent.futures import ThreadPoolExecutor

fired = []
t = threading.Timer(0.01, fired.append, args=["first"])
print(t.name, repr(t), t.interval)
t.start()
t.join()
print(fired, t.is_alive(), t.finished.is_set())

c = threading.Timer(30, fired.append, args=["never"])
c.start()
c.cancel()
c.join()
print(fired, c.is_alive())

ev = threading.Event()
setter = threading.Timer(0.01, ev.set)
setter.start()
print("event set by a timer:", ev.wait(), ev.is_set())
setter.join()

q = queue.Queue()


def producer(name, n):
    for i in range(n):
        q.put((name, i))


def consumer(out):
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            break
        out.append(item)
        q.task_done()


producers = [threading.Thread(target=producer, args=(name, 3)) for name in "ab"]
for p in producers:
    p.start()
for p in producers:
    p.join()
q.put(None)
got = []
cons = threading.Thread(target=consumer, args=(got,))
cons.start()
q.join()
cons.join()
print(got, q.empty())

results = queue.Queue()
workers = [threading.Thread(target=lambda i=i: results.put(i * 10)) for i in range(4)]
for w in workers:
    w.start()
for w in workers:
    w.join()
print(sorted(results.get() for _ in range(4)))


def square(x):
    return x * x


with ThreadPoolExecutor(max_workers=3) as pool:
    print(list(pool.map(square, range(8))))
    future = pool.submit(pow, 2, 20)
    print(future.result())


def whoami():
    return threading.current_thread().name


with ThreadPoolExecutor(max_workers=1) as pool:
    print(pool.submit(whoami).result())
with ThreadPoolExecutor(max_workers=1, thread_name_prefix="worker") as pool:
    print(pool.submit(whoami).result())
print(threading.current_thread().name)
