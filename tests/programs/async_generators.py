# Asynchronous generators and `async for`: asend/athrow/aclose, anext/aiter,
# async comprehensions and generator expressions, and CPython's errors.
import asyncio


async def ticker(n, delay=0):
    for i in range(n):
        await asyncio.sleep(delay)
        yield i


async def squares(source):
    async for x in source:
        yield x * x


class Countdown:
    def __init__(self, n):
        self.n = n

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.n <= 0:
            raise StopAsyncIteration
        self.n -= 1
        await asyncio.sleep(0)
        return self.n


async def main():
    async for i in ticker(3):
        print("tick", i)
    else:
        print("else ran")
    print([x async for x in squares(ticker(5))])
    print({x: x + 1 async for x in ticker(3)})
    print({x async for x in Countdown(4)})
    total = 0
    async for v in Countdown(5):
        if v == 1:
            break
        total += v
    else:
        print("no else after break")
    print("total", total)
    g = ticker(2)
    print(type(g).__name__, repr(g).split(" at ")[0])
    print(await g.__anext__(), await anext(g))
    try:
        await anext(g)
    except StopAsyncIteration:
        print("exhausted")
    print(await anext(ticker(0), "default"))
    it = aiter(Countdown(2))
    print(await anext(it), await anext(it), await anext(it, None))
    gen = (x * 2 async for x in ticker(3))
    print(type(gen).__name__, [y async for y in gen])
    print([x async for x in ticker(4) if x % 2])
    print([(x, y) async for x in ticker(2) for y in "ab"])


asyncio.run(main())


async def closing():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")


async def main2():
    g = closing()
    print(await g.asend(None))
    await g.aclose()
    print("closed")
    try:
        await g.asend(None)
    except StopAsyncIteration:
        print("after close: StopAsyncIteration")
    h = closing()
    print(await h.__anext__())
    try:
        await h.athrow(ValueError("boom"))
    except ValueError as e:
        print("athrow raised", e)
    async def echo():
        got = yield "ready"
        while True:
            got = yield f"echo {got}"
    e = echo()
    print(await e.asend(None))
    print(await e.asend("a"))
    print(await e.asend("b"))
    await e.aclose()
    async def catcher():
        while True:
            try:
                yield 1
            except KeyError as k:
                yield f"caught {k!r}"
    c = catcher()
    print(await c.__anext__())
    print(await c.athrow(KeyError("k")))
    try:
        print(await c.athrow(KeyError, "v"))
    except KeyError as k:
        print("propagated", repr(k))
    try:
        await c.athrow(KeyError)
    except StopAsyncIteration:
        print("athrow after end: StopAsyncIteration")
    await c.aclose()
    async def stubborn():
        try:
            yield 1
        except GeneratorExit:
            yield 2
    s = stubborn()
    await s.__anext__()
    try:
        await s.aclose()
    except RuntimeError as err:
        print("RuntimeError:", err)
    async def bad():
        yield 1
        raise StopAsyncIteration
    try:
        async for _ in bad():
            pass
    except RuntimeError as err:
        print("RuntimeError:", err)
    async def bad2():
        yield 1
        raise StopIteration
    try:
        async for _ in bad2():
            pass
    except RuntimeError as err:
        print("RuntimeError:", err)
    aw = ticker(1).__anext__()
    print(await aw)
    try:
        await aw
    except RuntimeError as err:
        print("RuntimeError:", err)
    for bad_iterable in (5, [1, 2]):
        try:
            async for _ in bad_iterable:
                pass
        except TypeError as err:
            print("TypeError:", err)
    class NoAnext:
        def __aiter__(self):
            return 7
    try:
        async for _ in NoAnext():
            pass
    except TypeError as err:
        print("TypeError:", err)
    class BadAnext:
        def __aiter__(self):
            return self
        def __anext__(self):
            return 3
    try:
        async for _ in BadAnext():
            pass
    except TypeError as err:
        print("TypeError:", err)
    try:
        for _ in ticker(1):
            pass
    except TypeError as err:
        print("TypeError:", err)
    try:
        aiter(3)
    except TypeError as err:
        print("TypeError:", err)
    try:
        anext(3)
    except TypeError as err:
        print("TypeError:", err)


asyncio.run(main2())
