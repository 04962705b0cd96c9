# Coroutines: async def, await, and driving them by hand with send/throw/close.


async def fibonacci(n):
    if n <= 1:
        return n
    return await fibonacci(n - 1) + await fibonacci(n - 2)


def run(coro):
    """Drives a coroutine that never suspends; returns its result."""
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


print(run(fibonacci(15)))

c = fibonacci(3)
print(type(c).__name__, type(c))
print(repr(c).startswith("<coroutine object fibonacci at 0x"))
print(run(c))
fibonacci(0).close()


# An awaitable of one's own: __await__ returns an iterator (a generator).
class Suspend:
    def __init__(self, label):
        self.label = label

    def __await__(self):
        sent = yield self.label
        return f"{self.label} got {sent}"


async def worker(name, steps):
    results = []
    for i in range(steps):
        results.append(await Suspend(f"{name}{i}"))
    return results


w = worker("w", 3)
print(w.send(None))
print(w.send("a"))
print(w.send("b"))
try:
    w.send("c")
except StopIteration as e:
    print("done:", e.value)


# A tiny round-robin scheduler, the way an event loop runs tasks.
def scheduler(tasks):
    ready = list(tasks)
    out = []
    while ready:
        name, coro = ready.pop(0)
        try:
            label = coro.send(None)
            out.append((name, label))
            ready.append((name, coro))
        except StopIteration as e:
            out.append((name, "->", e.value))
    return out


async def counter(name, n):
    total = 0
    for i in range(n):
        total += i
        await Suspend(i)
    return f"{name} total {total}"


for step in scheduler([("a", counter("a", 3)), ("b", counter("b", 2))]):
    print(step)


# Exceptions cross awaits both ways.
async def fails():
    await Suspend("before")
    raise ValueError("inner failure")


async def catches():
    try:
        await fails()
    except ValueError as e:
        return f"caught {e}"


c = catches()
print(c.send(None))
try:
    c.send(None)
except StopIteration as e:
    print(e.value)

c = worker("t", 5)
print(c.send(None))
try:
    c.throw(KeyError("thrown in"))
except KeyError as e:
    print("KeyError out:", e)


async def cleanup():
    try:
        await Suspend("waiting")
    finally:
        print("cleanup ran")


c = cleanup()
c.send(None)
c.close()


# Methods, static methods and precedence.
class Account:
    def __init__(self, balance):
        self.balance = balance

    async def deposit(self, amount):
        self.balance += amount
        return self.balance

    @staticmethod
    async def rate():
        return 2


async def precedence():
    acct = Account(10)
    a = -await acct.deposit(5)
    b = await Account.rate() ** 3
    c = await acct.deposit(1)
    return a, b, c


async def comprehensions():
    acct = Account(0)
    deposits = [await acct.deposit(i) for i in range(4) if i != 2]
    table = {i: await ret(i * i) for i in range(3)}
    nested = [[await ret(x + y) for x in range(2)] for y in (10, 20)]
    return deposits, table, nested, {await ret(k) for k in "aba"} == {"a", "b"}


print(run(precedence()))


# The errors CPython gives.
async def ret(v):
    return v


def attempt(label, f):
    try:
        f()
    except Exception as e:
        print(label, type(e).__name__, e)


print(run(comprehensions()))

done = ret(1)
run(done)
attempt("reuse:", lambda: run(done))


async def awaits(x):
    return await x


attempt("await int:", lambda: run(awaits(5)))
attempt("await generator:", lambda: run(awaits(x for x in ())))


class BadAwait:
    def __await__(self):
        return 42


attempt("bad __await__:", lambda: run(awaits(BadAwait())))


def iterate():
    c = ret(2)
    try:
        for _ in c:
            pass
    finally:
        c.close()


attempt("for:", iterate)


def step():
    c = ret(2)
    try:
        next(c)
    finally:
        c.close()


attempt("next:", step)


def send_first():
    c = ret(2)
    try:
        c.send(1)
    finally:
        c.close()


attempt("send:", send_first)


async def raises_stop():
    raise StopIteration("oops")


attempt("StopIteration:", lambda: run(raises_stop()))

for src in [
    "await x",
    "def f():\n    await x",
    "async def f():\n    yield from x",
    "x = lambda: await y",
    "def f():\n    return [await x for x in y]",
]:
    try:
        compile(src, "<test>", "exec")
    except SyntaxError as e:
        print(repr(src), "->", e.msg)
