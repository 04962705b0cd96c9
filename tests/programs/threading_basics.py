# threading as programs use it: threads that each fill their own slot,
# joined before the results are printed; names, states and errors.
import threading


def worker(results, i):
    results[i] = i * i


results = [None] * 5
threads = [threading.Thread(target=worker, args=(results, i)) for i in range(5)]
print([t.name for t in threads])
print(repr(threads[0]), threads[0].ident, threads[0].native_id, threads[0].is_alive())
for t in threads:
    t.start()
for t in threads:
    t.join()
print(results)
print(threads[0].is_alive(), repr(threads[0]).startswith("<Thread(Thread-1 (worker), stopped "))
print(all(isinstance(t.ident, int) for t in threads), len(set(t.ident for t in threads)) >= 1)

named = threading.Thread(target=print, name="printer", args=("hello", "from", "a thread"), kwargs={"sep": "-"})
print(named.name, named.daemon)
named.start()
named.join(timeout=1.5)

anonymous = threading.Thread()
print(anonymous.name, repr(anonymous))
anonymous.start()
anonymous.join()

lam = threading.Thread(target=lambda: None, daemon=True)
print(lam.name, lam.daemon, repr(lam))


class Counter(threading.Thread):
    def __init__(self, n):
        super().__init__(name="counter-%d" % n)
        self.n = n
        self.total = None

    def run(self):
        me = threading.current_thread()
        print("running", me.name, me is self, me.is_alive(), threading.active_count() >= 2,
              self in threading.enumerate())
        print("ident matches", threading.get_ident() == self.ident, threading.get_native_id() == self.native_id)
        self.total = sum(range(self.n))


c = Counter(10)
c.start()
c.join()
print(c.total, c.name, c.is_alive())

main = threading.main_thread()
print(main.name, main is threading.current_thread(), main.is_alive(), main.daemon)
print(repr(main).startswith("<_MainThread(MainThread, started "))
print(threading.current_thread().name, threading.active_count(), [t.name for t in threading.enumerate()])
print(threading.get_ident() == main.ident, isinstance(threading.get_native_id(), int))

t = threading.Thread(target=worker, args=(results, 0))
try:
    t.join()
except RuntimeError as e:
    print("RuntimeError:", e)
t.start()
try:
    t.start()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    t.daemon = True
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    threading.current_thread().join()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    threading.Thread(group=1)
except AssertionError as e:
    print("AssertionError:", e)

u = threading.Thread(target=worker, args=(results, 1))
u.name = 42
u.daemon = True
print(u.name, u.daemon, repr(u))


def nested():
    inner = threading.Thread(target=lambda: print("inner sees", threading.current_thread().name,
                                                  threading.active_count()), name="inner")
    inner.start()
    inner.join()
    print("outer sees", threading.current_thread().name)


o = threading.Thread(target=nested, name="outer")
o.start()
o.join()
print(threading.ThreadError is RuntimeError, threading.TIMEOUT_MAX > 1e9)
threading.settrace(None)
threading.setprofile(None)
print(threading.gettrace(), threading.getprofile(), threading.stack_size())
try:
    threading.stack_size(100)
except ValueError as e:
    print("ValueError:", e)
print(sorted(threading.__all__))
