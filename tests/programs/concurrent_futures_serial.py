# concurrent.futures executors: Rumba runs each call when it is submitted,
# so the futures are done at once; results and errors are CPython's.
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor, as_completed, wait
import concurrent.futures


def work(n):
    if n < 0:
        raise ValueError("negative: %d" % n)
    return sum(i * i for i in range(n))


if __name__ == "__main__":
    with ProcessPoolExecutor() as ex:
        print(list(ex.map(work, [10, 100, 1000])))
        futures = [ex.submit(work, n) for n in (5, -1, 7)]
        for f in futures:
            try:
                print(f.result(), f.done())
            except ValueError as e:
                print("ValueError:", e, type(f.exception()).__name__)
    with ThreadPoolExecutor(max_workers=4) as ex:
        fs = {ex.submit(work, n): n for n in range(6)}
        print(sorted((fs[f], f.result()) for f in as_completed(fs)))
        done, not_done = wait(list(fs))
        print(len(done), len(not_done))
        seen = []
        f = ex.submit(pow, 2, 8)
        print(f.result())
        f.add_done_callback(lambda fut: seen.append(fut.result()))
        print(seen, f.cancel(), f.cancelled(), f.done(), f.running())
    try:
        ex.submit(work, 1)
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        ProcessPoolExecutor(max_workers=0)
    except ValueError as e:
        print("ValueError:", e)
    print(concurrent.futures.ALL_COMPLETED, issubclass(concurrent.futures.CancelledError, Exception))
