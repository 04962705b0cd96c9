# multiprocessing as benchmark programs use it: pools that map, processes
# that fill queues, shared values. Rumba runs the work in its one process,
# in order; what the program prints is what CPython prints.
import multiprocessing as mp
from multiprocessing import Pool, Process, Queue, Value, Array, Pipe, Lock


def square(x):
    return x * x


def power(base, exp):
    return base ** exp


_table = None


def init(table):
    global _table
    _table = table


def lookup(key):
    return _table.get(key, -1)


def producer(q, n):
    for i in range(n):
        q.put(i * 10)
    q.put(None)


def fails(x):
    if x == 3:
        raise ValueError("bad item %d" % x)
    return x


if __name__ == "__main__":
    with Pool() as pool:
        print(pool.map(square, range(10)))
        print(pool.starmap(power, [(2, 5), (3, 3), (10, 2)]))
        print(list(pool.imap(square, [4, 5, 6])), sorted(pool.imap_unordered(square, [7, 8])))
        r = pool.apply_async(power, (2, 10))
        print(r.get(), r.ready(), r.successful(), pool.apply(square, (12,)))
        m = pool.map_async(square, [1, 2, 3])
        print(m.get())
        bad = pool.apply_async(fails, (3,))
        try:
            bad.get()
        except ValueError as e:
            print("ValueError:", e, bad.successful())
        try:
            pool.map(fails, range(5))
        except ValueError as e:
            print("map raised:", e)
    pool = Pool(processes=4, initializer=init, initargs=({"a": 1, "b": 2},))
    print(pool.map(lookup, "bca"))
    pool.close()
    pool.join()
    try:
        pool.map(square, [1])
    except ValueError as e:
        print("ValueError:", e)
    q = Queue()
    p = Process(target=producer, args=(q, 4))
    p.start()
    got = []
    while True:
        item = q.get()
        if item is None:
            break
        got.append(item)
    p.join()
    print(got, p.exitcode, p.is_alive())
    counter = Value("i", 0)
    with counter.get_lock():
        counter.value += 5
    arr = Array("d", 3)
    arr[1] = 2.5
    print(counter.value, list(arr), Value("d").value, Array("i", [1, 2, 3])[:])
    a, b = Pipe()
    a.send({"x": 1})
    print(b.recv(), b.poll(), a.poll())
    lock = Lock()
    print(lock.acquire(), lock.acquire(False), lock.release())
    print(mp.current_process().name, mp.cpu_count() >= 1, mp.get_start_method() in ("fork", "spawn", "forkserver"))
