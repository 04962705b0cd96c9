# asyncio as its tutorials use it: run, tasks, gather, wait_for, queues, events, cancellation.
import asyncio


async def say_after(delay, what):
    await asyncio.sleep(delay)
    print(what)
    return what.upper()


async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    task1 = asyncio.create_task(say_after(0.1, "hello"))
    task2 = asyncio.create_task(say_after(0.2, "world"))
    print("started")
    print(await task1, await task2)
    print("elapsed", round(loop.time() - t0, 1))
    results = await asyncio.gather(say_after(0.3, "c"), say_after(0.1, "a"), say_after(0.2, "b"))
    print(results)
    print(await asyncio.gather(*(asyncio.sleep(0, i) for i in range(3))))

    async def boom(n):
        await asyncio.sleep(n)
        raise ValueError(f"boom {n}")

    print(await asyncio.gather(boom(0.1), say_after(0.2, "x"), return_exceptions=True))
    try:
        await asyncio.gather(boom(0.1), say_after(0.2, "y"))
    except ValueError as e:
        print("gather raised", e)
    try:
        await asyncio.wait_for(say_after(0.5, "late"), timeout=0.1)
    except asyncio.TimeoutError:
        print("timed out")
    print(await asyncio.wait_for(say_after(0.05, "in time"), timeout=0.1))

    q = asyncio.Queue()

    async def producer(n):
        for i in range(n):
            await q.put(i)
            await asyncio.sleep(0.01)
        await q.put(None)

    async def consumer(name):
        total = 0
        while True:
            item = await q.get()
            q.task_done()
            if item is None:
                return f"{name} got total {total}"
            total += item
            print(name, "got", item)

    print(await asyncio.gather(producer(4), consumer("c1")))

    ev = asyncio.Event()

    async def waiter(i):
        await ev.wait()
        print("waiter", i, "woke")

    tasks = [asyncio.create_task(waiter(i)) for i in range(3)]
    await asyncio.sleep(0.01)
    ev.set()
    await asyncio.gather(*tasks)

    async def forever():
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError:
            print("cancelled inside")
            raise

    t = asyncio.create_task(forever())
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("task cancelled:", t.cancelled())
    done, pending = await asyncio.wait([asyncio.create_task(say_after(d, str(d))) for d in (0.2, 0.1)])
    print(sorted(f.result() for f in done), pending)
    for coro in asyncio.as_completed([say_after(0.3, "s3"), say_after(0.1, "s1")]):
        print("as_completed", await coro)
    lock = asyncio.Lock()
    sem = asyncio.Semaphore(2)
    inside = []

    async def critical(i):
        async with sem:
            inside.append(i)
            async with lock:
                print("holding lock", i, "of", len(inside), "inside")
                await asyncio.sleep(0.01)
            await asyncio.sleep(0.01)
            inside.remove(i)

    await asyncio.gather(*(critical(i) for i in range(4)))
    print(lock.locked(), sem.locked())
    return "main done"


print(asyncio.run(main()))
try:
    asyncio.run(asyncio.sleep(0) if False else 5)
except ValueError as e:
    print(e)
