# A bounded asyncio.Queue: put waits for room, get for an item, a cancelled get gives up its turn.
import asyncio
async def main():
    q = asyncio.Queue(maxsize=1)
    out = []
    async def prod():
        for i in range(4):
            await q.put(i); out.append(("put", i))
    async def cons():
        for _ in range(4):
            out.append(("got", await q.get()))
    await asyncio.gather(prod(), cons())
    print(out)
    t = asyncio.create_task(q.get()); await asyncio.sleep(0); t.cancel()
    try: await t
    except asyncio.CancelledError: print("cancelled getter", q.qsize(), t.cancelled())
asyncio.run(main())
