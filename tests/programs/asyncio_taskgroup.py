# asyncio.TaskGroup: tasks made in the group run interleaved with the body
# and are awaited at the end of `async with`; tasks made inside tasks; the
# group's results, errors about its state, and cancellation from outside.
import asyncio


async def worker(name, delay, log):
    log.append(f"{name} start")
    await asyncio.sleep(delay)
    log.append(f"{name} done")
    return name.upper()


async def nested(log):
    async with asyncio.TaskGroup() as inner:
        a = inner.create_task(worker("inner-a", 0.2, log))
        b = inner.create_task(worker("inner-b", 0.1, log))
    return a.result() + b.result()


async def main():
    log = []
    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(worker("one", 0.3, log))
        t2 = tg.create_task(worker("two", 0.1, log), name="second")
        t3 = tg.create_task(nested(log))
        log.append("body end")
    print(log)
    print(t1.result(), t2.result(), t3.result(), t2.get_name())
    print(repr(tg))

    group = asyncio.TaskGroup()
    try:
        group.create_task(worker("never", 0, log))
    except RuntimeError as e:
        print("RuntimeError:", e)
    async with group:
        pass
    try:
        async with group:
            pass
    except RuntimeError as e:
        print("RuntimeError:", e)

    async def slow_group():
        async with asyncio.TaskGroup() as g:
            g.create_task(asyncio.sleep(10))
            g.create_task(asyncio.sleep(20))
        return "finished"

    try:
        await asyncio.wait_for(slow_group(), timeout=1)
    except asyncio.TimeoutError:
        print("timed out, the group's tasks cancelled")

    results = []

    async def producer(q):
        for i in range(5):
            await q.put(i)
            await asyncio.sleep(0.01)
        await q.put(None)

    async def consumer(q):
        while (item := await q.get()) is not None:
            results.append(item * item)

    q = asyncio.Queue()
    async with asyncio.TaskGroup() as tg:
        tg.create_task(consumer(q))
        tg.create_task(producer(q))
    print(results)
    counts = []
    async with asyncio.TaskGroup() as tg:
        for i in range(4):
            tg.create_task(asyncio.sleep(0.1 * (4 - i), result=i)).add_done_callback(
                lambda t: counts.append(t.result())
            )
    print(counts)


asyncio.run(main())
