# The attributes that say where a generator or coroutine is: gi_running,
# gi_suspended, gi_yieldfrom (cr_* for coroutines), __name__, __qualname__.
def inner():
    yield 1
    yield 2
def outer():
    yield from inner()
g = outer()
print(g.__name__, g.__qualname__)
print(g.gi_running, g.gi_yieldfrom, g.gi_suspended)
next(g)
print(g.gi_running, g.gi_yieldfrom.__name__, g.gi_suspended, g.gi_yieldfrom.gi_running)
def selfcheck():
    yield me.gi_running
me = selfcheck()
print(list(me), me.gi_running, me.gi_suspended)
async def co():
    return 1
c = co()
print(c.cr_running, c.cr_await, c.cr_suspended, c.__name__)
c.close()
class K:
    def meth(self):
        yield 1
print(K().meth().__qualname__)
