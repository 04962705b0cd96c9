# The `threading` module of Rumba. A script runs on one host thread and
# Rumba starts no other, so threads are emulated as `multiprocessing`
# emulates processes: a `Thread` runs its `run()` to its end when it is
# started, in this interpreter, and is finished when `start()` returns.
# That is one of the schedules CPython may choose, so a program that is
# correct under every schedule prints what it prints under CPython.
#
# A `Timer` is a thread that sleeps first: it is pending once started and
# its function runs when something waits for it: its `join()`, or a wait
# (`Event.wait`, `Lock.acquire`, `Condition.wait`, ...) that only a timer
# could end; pending timers run in the order they fall due. A wait that
# nothing could end raises `RuntimeError(... would wait forever ...)`
# instead of hanging; one with a timeout gives up at once, as CPython does
# when the time runs out.
#
# What differs from CPython: threads never interleave; the default
# `excepthook` prints the header and the exception's last line
# (`ValueError: boom`), not the frames between (Rumba has no traceback
# objects); a `local` subclass's `__init__` runs for a thread when it
# starts, not at its first use of the object; the deprecated camelCase
# names do not warn; a timer nobody waits for does not run when the
# program ends.

import time as _time

__all__ = ['get_ident', 'active_count', 'Condition', 'current_thread', 'enumerate',
           'main_thread', 'TIMEOUT_MAX', 'Event', 'Lock', 'RLock', 'Semaphore',
           'BoundedSemaphore', 'Thread', 'Barrier', 'BrokenBarrierError', 'Timer',
           'ThreadError', 'setprofile', 'settrace', 'local', 'stack_size', 'excepthook',
           'ExceptHookArgs', 'gettrace', 'getprofile', 'get_native_id']

TIMEOUT_MAX = 9223372036.0
ThreadError = RuntimeError


def _would_wait_forever(what):
    return RuntimeError(what + " would wait forever: Rumba runs no other process or thread "
                        "that could end the wait")


# ---- the threads that exist -------------------------------------------

_running = []        # the threads whose run() is under way, outermost first
_pending = []        # started timers whose function has not run yet
_names = 0           # the N of the last `Thread-N`
_idents = 1          # the last ident given (the main thread's is 1)
_trace = None
_profile = None


def _new_name():
    global _names
    _names += 1
    return 'Thread-%d' % _names


def _new_ident():
    global _idents
    _idents += 1
    return _idents


def current_thread():
    return _running[-1] if _running else _main


def main_thread():
    return _main


def get_ident():
    return current_thread()._ident


def get_native_id():
    return current_thread()._native_id


def enumerate():
    return [_main] + _running + _pending


def active_count():
    return 1 + len(_running) + len(_pending)


def settrace(func):
    global _trace
    _trace = func


def gettrace():
    return _trace


def setprofile(func):
    global _profile
    _profile = func


def getprofile():
    return _profile


_stack_size = 0


def stack_size(size=0):
    global _stack_size
    if size != 0 and size < 32768:
        raise ValueError('size not valid: %d bytes' % size)
    old = _stack_size
    _stack_size = size
    return old


def _run_next_timer(within=None):
    """Runs the pending timer that falls due first, if it falls due within
    `within` seconds (any, for None): what a wait lets happen. Whether one
    ran."""
    if not _pending:
        return False
    first = min(_pending, key=lambda t: t._due)
    if within is not None and first._due > _time.monotonic() + within:
        return False
    _pending.remove(first)
    first._bootstrap()
    return True


def _run_as(thread, func, *args, **kwargs):
    """func(*args, **kwargs) with `thread` the current thread (a pool's
    worker runs its tasks so)."""
    outer = current_thread()
    _running.append(thread)
    _switch_locals(outer, thread)
    try:
        return func(*args, **kwargs)
    finally:
        _running.remove(thread)
        _switch_locals(thread, outer)


def _started_thread(name):
    """A thread that is alive without running (a pool's worker)."""
    thread = Thread(name=name)
    thread._ident = thread._native_id = _new_ident()
    thread._state = 'started'
    return thread


# ---- excepthook -----------------------------------------------------------

def _exception_hook_args():
    from collections import namedtuple
    return namedtuple('ExceptHookArgs', 'exc_type exc_value exc_traceback thread')


ExceptHookArgs = _exception_hook_args()


def _exception_line(exc):
    from doctest import _exception_line
    return _exception_line(exc)


def excepthook(args, /):
    """Reports an exception that escaped a thread's run() on stderr."""
    if args.exc_type is SystemExit:
        return
    import sys
    name = args.thread.name if args.thread is not None else get_ident()
    print('Exception in thread %s:' % name, file=sys.stderr)
    sys.stderr.write(_exception_line(args.exc_value))


__excepthook__ = excepthook


def _report(thread, exc):
    hook = excepthook if excepthook is not None else __excepthook__
    try:
        hook(ExceptHookArgs(type(exc), exc, None, thread))
    except Exception as e:
        import sys
        print('Exception in threading.excepthook:', file=sys.stderr)
        sys.stderr.write(_exception_line(e))


# ---- Thread ----------------------------------------------------------------

class Thread:
    """A thread whose run() runs to its end when it is started."""

    _initialized = False

    def __init__(self, group=None, target=None, name=None, args=(), kwargs=None, *, daemon=None):
        assert group is None, 'group argument must be None for now'
        if kwargs is None:
            kwargs = {}
        if name:
            name = str(name)
        else:
            name = _new_name()
            if target is not None:
                try:
                    name += ' (%s)' % target.__name__
                except AttributeError:
                    pass
        self._target = target
        self._name = name
        self._args = args
        self._kwargs = kwargs
        self._daemonic = current_thread().daemon if daemon is None else daemon
        self._ident = None
        self._native_id = None
        self._state = 'initial'
        self._local_dicts = {}
        self._initialized = True

    def _check_init(self, what):
        if not self._initialized:
            raise RuntimeError(what)

    def start(self):
        self._check_init('thread.__init__() not called')
        if self._state != 'initial':
            raise RuntimeError('threads can only be started once')
        self._ident = self._native_id = _new_ident()
        self._state = 'started'
        self._begin()

    def _begin(self):
        self._bootstrap()

    def _bootstrap(self):
        try:
            _run_as(self, self.run)
        except KeyboardInterrupt:
            raise
        except BaseException as e:
            _report(self, e)
        finally:
            self._local_dicts = {}
            self._state = 'stopped'

    def run(self):
        try:
            if self._target is not None:
                self._target(*self._args, **self._kwargs)
        finally:
            del self._target, self._args, self._kwargs

    def join(self, timeout=None):
        self._check_init('Thread.__init__() not called')
        if self._state == 'initial':
            raise RuntimeError('cannot join thread before it is started')
        if self is current_thread():
            raise RuntimeError('cannot join current thread')
        if self in _pending:
            if timeout is not None and self._due > _time.monotonic() + max(timeout, 0):
                return
            _pending.remove(self)
            self._bootstrap()

    def is_alive(self):
        assert self._initialized, 'Thread.__init__() not called'
        return self._state == 'started'

    @property
    def name(self):
        assert self._initialized, 'Thread.__init__() not called'
        return self._name

    @name.setter
    def name(self, name):
        assert self._initialized, 'Thread.__init__() not called'
        self._name = str(name)

    @property
    def ident(self):
        assert self._initialized, 'Thread.__init__() not called'
        return self._ident

    @property
    def native_id(self):
        assert self._initialized, 'Thread.__init__() not called'
        return self._native_id

    @property
    def daemon(self):
        assert self._initialized, 'Thread.__init__() not called'
        return self._daemonic

    @daemon.setter
    def daemon(self, daemonic):
        self._check_init('Thread.__init__() not called')
        if self._state != 'initial':
            raise RuntimeError('cannot set daemon status of active thread')
        self._daemonic = daemonic

    def isDaemon(self):
        return self.daemon

    def setDaemon(self, daemonic):
        self.daemon = daemonic

    def getName(self):
        return self.name

    def setName(self, name):
        self.name = name

    def __repr__(self):
        assert self._initialized, 'Thread.__init__() was not called'
        status = self._state
        if self._daemonic:
            status += ' daemon'
        if self._ident is not None:
            status += ' %s' % self._ident
        return '<%s(%s, %s)>' % (type(self).__name__, self._name, status)


class _MainThread(Thread):
    def __init__(self):
        self._name = 'MainThread'
        self._daemonic = False
        self._ident = self._native_id = 1
        self._state = 'started'
        self._local_dicts = {}
        self._initialized = True


_main = _MainThread()


class Timer(Thread):
    """Calls function(*args, **kwargs) after `interval` seconds unless it is
    cancelled: here when something waits for it (see the top)."""

    def __init__(self, interval, function, args=None, kwargs=None):
        Thread.__init__(self)
        self.interval = interval
        self.function = function
        self.args = args if args is not None else []
        self.kwargs = kwargs if kwargs is not None else {}
        self.finished = Event()

    def _begin(self):
        self._due = _time.monotonic() + self.interval
        _pending.append(self)

    def cancel(self):
        self.finished.set()
        if self in _pending:
            _pending.remove(self)
            self._bootstrap()

    def run(self):
        if not self.finished.is_set():
            self.function(*self.args, **self.kwargs)
        self.finished.set()


currentThread = current_thread
activeCount = active_count


# ---- local -------------------------------------------------------------------

_locals = {}   # id -> (a local object, its arguments): each holds the running thread's attributes


class local:
    """Attributes of which each thread has its own. The object holds those
    of the thread that runs; a switch of threads keeps the outgoing one's
    and brings in the incoming one's (the first time, by `__init__`)."""

    def __new__(cls, *args, **kwargs):
        if (args or kwargs) and not _has_init(cls):
            raise TypeError('Initialization arguments are not supported')
        self = object.__new__(cls)
        _locals[id(self)] = (self, args, kwargs)
        return self


def _has_init(cls):
    return any('__init__' in vars(k) for k in cls.__mro__ if k is not object)


def _switch_locals(outgoing, incoming):
    for key, (obj, args, kwargs) in list(_locals.items()):
        attrs = obj.__dict__
        outgoing._local_dicts[key] = dict(attrs)
        attrs.clear()
        saved = incoming._local_dicts.get(key)
        if saved is not None:
            attrs.update(saved)
        elif _has_init(type(obj)):
            obj.__init__(*args, **kwargs)


# ---- locks -----------------------------------------------------------------

def _check_acquire_args(blocking, timeout):
    if not blocking and timeout != -1:
        raise ValueError("can't specify a timeout for a non-blocking call")
    if timeout < 0 and timeout != -1:
        raise ValueError('timeout value must be positive')


class Lock:
    """A lock: acquiring it while it is held waits for a timer to release
    it, or raises if none could."""

    def __init__(self):
        self._held = False

    def acquire(self, blocking=True, timeout=-1):
        _check_acquire_args(blocking, timeout)
        if self._held and blocking:
            within = None if timeout == -1 else timeout
            while self._held and _run_next_timer(within):
                pass
            if self._held and timeout == -1:
                raise _would_wait_forever('acquiring a held Lock')
        if self._held:
            return False
        self._held = True
        return True

    def release(self):
        if not self._held:
            raise RuntimeError('release unlocked lock')
        self._held = False

    def locked(self):
        return self._held

    def _is_owned(self):
        return self._held

    def _release_save(self):
        self.release()

    def _acquire_restore(self, state):
        self.acquire()

    acquire_lock = acquire
    release_lock = release
    locked_lock = locked

    def __enter__(self):
        return self.acquire()

    def __exit__(self, *exc):
        self.release()

    def __repr__(self):
        return '<%s _thread.lock object at 0x%x>' % ('locked' if self._held else 'unlocked', id(self))


class RLock:
    """A lock its owner may acquire again: released when each acquire has
    been released."""

    def __init__(self):
        self._owner = None
        self._count = 0

    def acquire(self, blocking=True, timeout=-1):
        _check_acquire_args(blocking, timeout)
        me = current_thread()
        if self._owner is me:
            self._count += 1
            return True
        if self._owner is not None and blocking:
            within = None if timeout == -1 else timeout
            while self._owner is not None and _run_next_timer(within):
                pass
            if self._owner is not None and timeout == -1:
                raise _would_wait_forever('acquiring an RLock another thread holds')
        if self._owner is not None:
            return False
        self._owner = me
        self._count = 1
        return True

    def release(self):
        if self._owner is not current_thread():
            raise RuntimeError('cannot release un-acquired lock')
        self._count -= 1
        if not self._count:
            self._owner = None

    def _is_owned(self):
        return self._owner is current_thread()

    def _release_save(self):
        if not self._count:
            raise RuntimeError('cannot release un-acquired lock')
        state = (self._count, self._owner)
        self._count = 0
        self._owner = None
        return state

    def _acquire_restore(self, state):
        self.acquire()
        self._count, self._owner = state

    __enter__ = acquire

    def __exit__(self, *exc):
        self.release()

    def __repr__(self):
        return '<%s _thread.RLock object owner=%s count=%d at 0x%x>' % (
            'locked' if self._owner is not None else 'unlocked',
            self._owner._ident if self._owner is not None else 0, self._count, id(self))


class Condition:
    """A lock and the threads that wait for a notify: a wait lets the
    pending timers run (the lock released) until one notifies it."""

    def __init__(self, lock=None):
        if lock is None:
            lock = RLock()
        self._lock = lock
        self.acquire = lock.acquire
        self.release = lock.release
        self._waiters = []

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *exc):
        return self._lock.__exit__(*exc)

    def __repr__(self):
        return '<Condition(%s, %d)>' % (self._lock, len(self._waiters))

    def _is_owned(self):
        return self._lock._is_owned()

    def wait(self, timeout=None):
        if not self._is_owned():
            raise RuntimeError('cannot wait on un-acquired lock')
        waiter = [False]
        self._waiters.append(waiter)
        state = self._lock._release_save()
        try:
            while not waiter[0] and _run_next_timer(timeout):
                pass
        finally:
            self._lock._acquire_restore(state)
            if waiter in self._waiters:
                self._waiters.remove(waiter)
        if not waiter[0] and timeout is None:
            raise _would_wait_forever('Condition.wait() with nobody to notify')
        return waiter[0]

    def wait_for(self, predicate, timeout=None):
        result = predicate()
        while not result:
            if not self.wait(timeout):
                break
            result = predicate()
        return result

    def notify(self, n=1):
        if not self._is_owned():
            raise RuntimeError('cannot notify on un-acquired lock')
        for waiter in self._waiters[:n]:
            waiter[0] = True
        del self._waiters[:n]

    def notify_all(self):
        self.notify(len(self._waiters))

    notifyAll = notify_all


class Semaphore:
    """A counter that acquire lowers and release raises; an acquire at
    zero waits for a timer to release, or raises if none could."""

    def __init__(self, value=1):
        if value < 0:
            raise ValueError('semaphore initial value must be >= 0')
        self._value = value

    def __repr__(self):
        return '<%s.%s at 0x%x: value=%s>' % (__name__, type(self).__qualname__, id(self), self._value)

    def acquire(self, blocking=True, timeout=None):
        if not blocking and timeout is not None:
            raise ValueError("can't specify timeout for non-blocking acquire")
        if not self._value and blocking:
            while not self._value and _run_next_timer(timeout):
                pass
            if not self._value and timeout is None:
                raise _would_wait_forever('acquiring a Semaphore at zero')
        if not self._value:
            return False
        self._value -= 1
        return True

    __enter__ = acquire

    def release(self, n=1):
        if n < 1:
            raise ValueError('n must be one or more')
        self._value += n

    def __exit__(self, *exc):
        self.release()


class BoundedSemaphore(Semaphore):
    """A semaphore released no more often than it was acquired."""

    def __init__(self, value=1):
        Semaphore.__init__(self, value)
        self._initial_value = value

    def __repr__(self):
        return '<%s.%s at 0x%x: value=%s/%s>' % (__name__, type(self).__qualname__, id(self),
                                                  self._value, self._initial_value)

    def release(self, n=1):
        if n < 1:
            raise ValueError('n must be one or more')
        if self._value + n > self._initial_value:
            raise ValueError('Semaphore released too many times')
        self._value += n


class Event:
    """A flag: waiting for it lets the pending timers run until one sets
    it; with no timeout and none that does, the wait raises."""

    def __init__(self):
        self._flag = False

    def __repr__(self):
        return '<%s.%s at 0x%x: %s>' % (__name__, type(self).__qualname__, id(self),
                                         'set' if self._flag else 'unset')

    def is_set(self):
        return self._flag

    isSet = is_set

    def set(self):
        self._flag = True

    def clear(self):
        self._flag = False

    def wait(self, timeout=None):
        while not self._flag and _run_next_timer(timeout):
            pass
        if not self._flag and timeout is None:
            raise _would_wait_forever('waiting for an Event nobody sets')
        return self._flag


class BrokenBarrierError(RuntimeError):
    pass


class Barrier:
    """Lets `parties` threads through together. Started threads run to
    their end one after another, so only a barrier the waiting thread
    completes (parties=1, or timers that wait at it) lets it through; a
    wait with a timeout breaks the barrier at once, one without raises."""

    def __init__(self, parties, action=None, timeout=None):
        self._parties = parties
        self._action = action
        self._timeout = timeout
        self._count = 0
        self._phase = 0
        self._broken = False

    def __repr__(self):
        if self._broken:
            return '<%s.%s at 0x%x: broken>' % (__name__, type(self).__qualname__, id(self))
        return '<%s.%s at 0x%x: waiters=%d/%d>' % (__name__, type(self).__qualname__, id(self),
                                                    self._count, self._parties)

    def wait(self, timeout=None):
        if timeout is None:
            timeout = self._timeout
        if self._broken:
            raise BrokenBarrierError
        index = self._count
        self._count += 1
        phase = self._phase
        if self._count == self._parties:
            try:
                if self._action:
                    self._action()
            except BaseException:
                self._break()
                raise
            self._count = 0
            self._phase += 1
            return index
        while self._phase == phase and not self._broken and _run_next_timer(timeout):
            pass
        if self._phase != phase:
            return index
        if not self._broken:
            self._break()
            if timeout is None:
                raise _would_wait_forever('waiting at a Barrier for %d more parties'
                                          % (self._parties - index - 1))
        raise BrokenBarrierError

    def _break(self):
        self._broken = True
        self._count = 0

    def reset(self):
        self._broken = False
        self._count = 0
        self._phase += 1

    def abort(self):
        self._break()

    @property
    def parties(self):
        return self._parties

    @property
    def n_waiting(self):
        return self._count

    @property
    def broken(self):
        return self._broken
