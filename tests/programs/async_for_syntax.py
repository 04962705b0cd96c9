# Where `async for` and asynchronous generator expressions may stand: an
# asynchronous generator expression needs no `async def` around it; one
# that is made is not run until something iterates it.
import asyncio


def make(source):
    return (x * 10 async for x in source)


def awaiting_genexp(items):
    return (await item for item in items)


async def numbers(n):
    for i in range(n):
        yield i


async def later(v):
    await asyncio.sleep(0)
    return v


async def main():
    gen = make(numbers(3))
    print(type(gen).__name__)
    print([v async for v in gen])
    print([v async for v in awaiting_genexp([later(1), later(2)])])
    nested = [[w async for w in numbers(k)] for k in range(3)]
    print(nested)
    print(sum([i async for i in numbers(5)]))
    async def pairs():
        async for a in numbers(2):
            async for b in numbers(2):
                yield a, b
    print([p async for p in pairs()])
    async def returns_early():
        yield 1
        return
        yield 2
    print([v async for v in returns_early()])
    async def with_await_in_condition(n):
        return [i async for i in numbers(n) if await later(i % 2)]
    print(await with_await_in_condition(6))


asyncio.run(main())
