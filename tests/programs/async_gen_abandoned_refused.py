# expected: hand-written
# CPython closes an asynchronous generator abandoned inside `try`/`finally`
# when it is freed (through asyncio's hooks), at a moment a tracing collector
# cannot tell: Rumba refuses the run rather than skip or move the cleanup.
import asyncio


async def lines():
    try:
        yield "a"
        yield "b"
    finally:
        print("cleanup")


async def main():
    async for line in lines():
        print(line)
        break
    print("main done")


asyncio.run(main())
