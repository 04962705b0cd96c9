# Asynchronous generators under asyncio: cancellation and timeouts reach a
# generator awaiting inside an `async for` step, nested generators, errors
# raised inside one, asend/aclose, and returns from inside `async for`.
import asyncio


async def ticks(log, n=100):
    try:
        for i in range(n):
            await asyncio.sleep(0.1)
            yield i
    except asyncio.CancelledError:
        log.append("agen saw CancelledError")
        raise
    finally:
        log.append("agen finally")


async def consume(log):
    total = 0
    try:
        async for i in ticks(log):
            total += i
    except asyncio.CancelledError:
        log.append(f"consumer cancelled at total {total}")
        raise
    return total


async def nested(depth):
    if depth == 0:
        for i in range(3):
            await asyncio.sleep(0)
            yield i
        return
    async for v in nested(depth - 1):
        yield v * 10 + depth


class Boom(Exception):
    pass


async def raising():
    yield 1
    await asyncio.sleep(0)
    raise Boom("inside the generator")


async def main():
    log = []
    try:
        async with asyncio.timeout(0.55):
            await consume(log)
    except TimeoutError:
        log.append("timed out")
    print(log)

    log = []
    task = asyncio.create_task(consume(log))
    await asyncio.sleep(0.35)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print("task cancelled", task.cancelled())
    print(log)

    print([v async for v in nested(4)])

    got = []
    try:
        async for v in raising():
            got.append(v)
    except Boom as e:
        print("Boom:", e, got)

    async def gen_with_return_value():
        yield 1
    g = gen_with_return_value()
    print(await g.__anext__())
    try:
        await g.__anext__()
    except StopAsyncIteration as e:
        print("StopAsyncIteration", e.args)

    async def echo():
        received = []
        try:
            while True:
                v = yield len(received)
                received.append(v)
        finally:
            print("echo got", received)
    e = echo()
    print(await e.asend(None), await e.asend("x"), await e.asend("y"))
    await e.aclose()
    results = await asyncio.gather(*(consume_first(k) for k in range(3)))
    print(results)


async def consume_first(k):
    async for v in nested(k):
        return v


asyncio.run(main())
