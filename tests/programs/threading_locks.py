# Locks, conditions, semaphores, events and barriers used as correct
# programs use them: every wait is one that is already satisfied.
import threading

counter = 0
lock = threading.Lock()


def add(n):
    global counter
    for _ in range(n):
        with lock:
            counter += 1


threads = [threading.Thread(target=add, args=(1000,)) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("counter", counter, lock.locked())

print(lock.acquire(), lock.locked(), lock.acquire(False), lock.acquire(timeout=0.01))
lock.release()
try:
    lock.release()
except RuntimeError as e:
    print("RuntimeError:", e)
for kwargs in ({"blocking": False, "timeout": 1}, {"timeout": -2}):
    try:
        lock.acquire(**kwargs)
    except ValueError as e:
        print("ValueError:", e)
print(repr(lock).startswith("<unlocked _thread.lock object at 0x"))

r = threading.RLock()
print(r.acquire(), r.acquire(), repr(r).startswith("<locked _thread.RLock object owner="))
r.release()
r.release()
print(repr(r).startswith("<unlocked _thread.RLock object owner=0 count=0 at 0x"))
try:
    r.release()
except RuntimeError as e:
    print("RuntimeError:", e)
with r:
    with r:
        print("reentered")


def use_rlock():
    got = r.acquire(blocking=False)
    print("other thread got the free RLock:", got)
    r.release()


user = threading.Thread(target=use_rlock)
user.start()
user.join()

cond = threading.Condition()
items = []


def produce(x):
    with cond:
        items.append(x)
        cond.notify()


for x in "abc":
    threading.Thread(target=produce, args=(x,)).start()
with cond:
    print("wait_for", cond.wait_for(lambda: len(items) == 3), items)
    print("wait with timeout", cond.wait(timeout=0.01))
    cond.notify_all()
try:
    cond.wait()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    cond.notify()
except RuntimeError as e:
    print("RuntimeError:", e)
print(repr(threading.Condition(threading.Lock())).startswith("<Condition(<unlocked _thread.lock object"))

sem = threading.Semaphore(2)
print(sem.acquire(), sem.acquire(), sem.acquire(blocking=False), sem.acquire(timeout=0.01))
sem.release(2)
with sem:
    print("inside semaphore")
try:
    threading.Semaphore(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    sem.release(0)
except ValueError as e:
    print("ValueError:", e)
try:
    sem.acquire(False, 1)
except ValueError as e:
    print("ValueError:", e)
bounded = threading.BoundedSemaphore(1)
bounded.acquire()
bounded.release()
try:
    bounded.release()
except ValueError as e:
    print("ValueError:", e)

pool = threading.BoundedSemaphore(2)
order = []


def limited(i):
    with pool:
        order.append(i)


ts = [threading.Thread(target=limited, args=(i,)) for i in range(5)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(order))

ev = threading.Event()
print(ev.is_set(), ev.wait(0.01))


def setter():
    ev.set()


threading.Thread(target=setter).start()
print(ev.wait(), ev.is_set(), ev.wait(1))
ev.clear()
print(ev.is_set())

b = threading.Barrier(1, action=lambda: print("barrier action"))
print(b.wait(), b.parties, b.n_waiting, b.broken)
b2 = threading.Barrier(2)
try:
    b2.wait(timeout=0.01)
except threading.BrokenBarrierError:
    print("BrokenBarrierError", b2.broken)
b2.reset()
print(b2.broken, issubclass(threading.BrokenBarrierError, RuntimeError))
b2.abort()
try:
    b2.wait()
except threading.BrokenBarrierError:
    print("BrokenBarrierError after abort")
