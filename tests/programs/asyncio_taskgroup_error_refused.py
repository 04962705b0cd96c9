# expected: hand-written
# A task of a TaskGroup fails: the group cancels the other tasks and the
# body, then CPython raises an ExceptionGroup of the errors. Rumba has no
# ExceptionGroup: the run is refused when the group would raise it (caught
# here, so that the test does not pin the lines of Rumba's asyncio).
import asyncio


async def fails():
    await asyncio.sleep(0.1)
    raise ValueError("bad input")


async def slow(log):
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        log.append("slow cancelled")
        raise


async def main():
    log = []
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fails())
            tg.create_task(slow(log))
            await asyncio.sleep(5)
    finally:
        print(log)


try:
    asyncio.run(main())
except NotImplementedError as e:
    print("refused:", e)
