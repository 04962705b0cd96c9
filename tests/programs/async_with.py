# async with: __aenter__ and __aexit__ awaited, on every way out of the body.


class Resource:
    def __init__(self, name, swallow=False):
        self.name = name
        self.swallow = swallow
        self.log = []

    async def __aenter__(self):
        await Pause(f"enter {self.name}")
        return self.log

    async def __aexit__(self, exc_type, exc, tb):
        await Pause(f"exit {self.name}")
        self.log.append((exc_type.__name__ if exc_type else None, str(exc) if exc else None))
        return self.swallow


class Pause:
    def __init__(self, label):
        self.label = label

    def __await__(self):
        yield self.label


def drive(coro):
    steps = []
    try:
        while True:
            steps.append(coro.send(None))
    except StopIteration as e:
        return steps, e.value


async def plain():
    r = Resource("a")
    async with r as log:
        log.append("body")
    return r.log


print(drive(plain()))


async def swallowed():
    r = Resource("b", swallow=True)
    async with r:
        raise ValueError("inside")
    return r.log


print(drive(swallowed()))


async def propagated():
    r = Resource("c")
    try:
        async with r:
            raise KeyError("k")
    except KeyError as e:
        return "caught", repr(e), r.log


print(drive(propagated()))


async def early_return():
    r = Resource("d")
    async with r:
        return "returned", r.log


print(drive(early_return()))


async def loop_exits():
    seen = []
    for i in range(4):
        r = Resource(f"l{i}")
        async with r:
            if i == 1:
                continue
            if i == 3:
                break
            seen.append(i)
        seen.append(r.log[-1])
    return seen


print(drive(loop_exits()))


async def nested():
    async with Resource("outer") as a, Resource("inner") as b:
        a.append("both")
        b.append("both")
    return a, b


print(drive(nested()))


async def not_a_manager():
    async with 5:
        pass


class HalfManager:
    async def __aenter__(self):
        return self


async def half():
    async with HalfManager():
        pass


for f in (not_a_manager, half):
    try:
        drive(f())
    except TypeError as e:
        print("TypeError:", e)

try:
    compile("def f():\n    async with x:\n        pass", "<test>", "exec")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
