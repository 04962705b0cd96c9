# expected: hand-written (CPython waits here for another thread; Rumba runs a thread to its end when it is started, so a wait nothing could end raises)
import threading
import queue

q = queue.Queue()


def consumer():
    print("consumer got", q.get())


def producer():
    q.put("item")


# Started before its producer: under CPython it waits for the item.
c = threading.Thread(target=consumer, name="consumer")
threading.excepthook = lambda args: print("in %s: %s: %s" % (args.thread.name, args.exc_type.__name__, args.exc_value))
c.start()
p = threading.Thread(target=producer)
p.start()
print("left in the queue:", q.qsize())

lock = threading.Lock()
lock.acquire()
try:
    lock.acquire()
except RuntimeError as e:
    print("RuntimeError:", e)
print(lock.acquire(timeout=0.01))

r = threading.RLock()


def take():
    r.acquire()


r.acquire()
t = threading.Thread(target=take)
t.start()

ev = threading.Event()
try:
    ev.wait()
except RuntimeError as e:
    print("RuntimeError:", e)

cond = threading.Condition()
with cond:
    try:
        cond.wait()
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        cond.wait_for(lambda: False)
    except RuntimeError as e:
        print("RuntimeError:", e)
    print(cond.wait_for(lambda: False, timeout=0.01))

sem = threading.Semaphore(0)
try:
    sem.acquire()
except RuntimeError as e:
    print("RuntimeError:", e)

b = threading.Barrier(3)
try:
    b.wait()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    b.wait()
except threading.BrokenBarrierError:
    print("BrokenBarrierError", b.broken)

never = threading.Timer(0.5, print, args=("a timer nobody waits for does not run",))
never.start()
print(threading.active_count(), never.is_alive())
