# asyncio.timeout() and timeout_at(): the block is cancelled at the
# deadline and TimeoutError leaves it; a block that finishes in time, a
# rescheduled deadline, no deadline, nested timeouts, and the states shown.
import asyncio


async def work(seconds, log, name):
    try:
        await asyncio.sleep(seconds)
        log.append(f"{name} finished")
        return name
    except asyncio.CancelledError:
        log.append(f"{name} cancelled")
        raise


async def main():
    log = []
    try:
        async with asyncio.timeout(1) as cm:
            print(repr(cm).startswith("<Timeout [active] when="))
            await work(5, log, "slow")
    except TimeoutError as e:
        print("TimeoutError", repr(e), type(e.__cause__).__name__)
    print(cm.expired(), repr(cm))

    async with asyncio.timeout(2) as cm:
        r = await work(1, log, "quick")
    print(r, cm.expired(), repr(cm))

    async with asyncio.timeout(None) as cm:
        print(repr(cm), cm.when())
        await work(3, log, "unbounded")
        cm.reschedule(asyncio.get_running_loop().time() + 0.5)
        print(repr(cm).startswith("<Timeout [active] when="))
        try:
            await work(3, log, "rescheduled")
        except asyncio.CancelledError:
            log.append("saw the cancellation inside")
            raise
    print("not reached")


async def outer():
    start = asyncio.get_running_loop().time()
    try:
        await main()
    except TimeoutError:
        print("the rescheduled deadline passed")
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout(10):
            async with asyncio.timeout_at(loop.time() + 1) as inner:
                await asyncio.sleep(2)
    except TimeoutError:
        print("inner expired:", inner.expired())
    try:
        async with asyncio.timeout(1):
            async with asyncio.timeout(10) as inner2:
                await asyncio.sleep(2)
    except TimeoutError:
        print("outer expired, inner:", inner2.expired())
    t = asyncio.timeout(1)
    async with t:
        pass
    try:
        async with t:
            pass
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        t.reschedule(3)
    except RuntimeError as e:
        print("RuntimeError:", e)
    print("seconds:", round(loop.time() - start, 1))


asyncio.run(outer())
