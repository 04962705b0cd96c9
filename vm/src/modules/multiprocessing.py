# The `multiprocessing` module of Rumba. A script runs on one thread and
# makes no processes, so the work it hands to other processes runs here,
# in order: a `Pool` maps in this process (its initializer runs once), a
# `Process` runs its target to the end when it is started, and
# `cpu_count()` is 1 (programs that check it take their one-process
# path). Results and output are those of a run on a single CPU. Two
# things differ from CPython's processes: a target's changes to globals
# are seen by the parent (CPython's child has its own copy), and a wait
# that no other process could end (a `Queue.get` with nothing put, a held
# `Lock`) raises instead of waiting forever.

import queue as _queue
import threading as _threading
from threading import _would_wait_forever

__all__ = ['Process', 'Pool', 'Queue', 'SimpleQueue', 'JoinableQueue', 'Lock', 'RLock',
           'Semaphore', 'BoundedSemaphore', 'Event', 'Value', 'RawValue', 'Array', 'RawArray',
           'Pipe', 'Manager', 'cpu_count', 'current_process', 'parent_process', 'active_children',
           'freeze_support', 'set_start_method', 'get_start_method', 'get_context',
           'TimeoutError', 'ProcessError', 'AuthenticationError', 'BufferTooShort']


class ProcessError(Exception):
    pass


class BufferTooShort(ProcessError):
    pass


class TimeoutError(ProcessError):
    pass


class AuthenticationError(ProcessError):
    pass


def cpu_count():
    return 1


def freeze_support():
    pass


_start_method = None


def set_start_method(method, force=False):
    global _start_method
    if _start_method is not None and not force:
        raise RuntimeError('context has already been set')
    if method not in ('fork', 'spawn', 'forkserver', None):
        raise ValueError('cannot find context for %r' % (method,))
    _start_method = method


def get_start_method(allow_none=False):
    if _start_method is None and allow_none:
        return None
    return _start_method or 'fork'


def get_all_start_methods():
    return ['fork', 'spawn', 'forkserver']


class _ProcessBase:
    def __init__(self, name, pid):
        self.name = name
        self.pid = pid
        self.ident = pid
        self.daemon = False
        self.exitcode = None
        self.authkey = b''

    def is_alive(self):
        return False


class _MainProcess(_ProcessBase):
    def __repr__(self):
        return "<_MainProcess name='MainProcess' parent=None started>"


_main = _MainProcess('MainProcess', 1)
_main.exitcode = None
_current = _main
_count = 0


def current_process():
    return _current


def parent_process():
    return None if _current is _main else _main


def active_children():
    return []


class Process(_ProcessBase):
    """A process whose target runs in this one, to its end, when it is
    started."""

    def __init__(self, group=None, target=None, name=None, args=(), kwargs=None, *, daemon=None):
        global _count
        if group is not None:
            raise AssertionError('group argument must be None for now')
        _count += 1
        _ProcessBase.__init__(self, name or 'Process-%d' % _count, None)
        self._target = target
        self._args = tuple(args)
        self._kwargs = dict(kwargs or {})
        self._started = False
        if daemon is not None:
            self.daemon = daemon

    def run(self):
        if self._target:
            self._target(*self._args, **self._kwargs)

    def start(self):
        global _current
        if self._started:
            raise AssertionError('cannot start a process twice')
        self._started = True
        self.pid = 1000 + _count
        self.ident = self.pid
        outer = _current
        _current = self
        try:
            self.run()
            self.exitcode = 0
        except SystemExit as e:
            code = e.code
            self.exitcode = code if isinstance(code, int) else (0 if code is None else 1)
        except Exception as e:
            # A child's error ends the child, not its parent: CPython prints
            # the child's traceback and gives it exit code 1.
            import sys
            print('Process %s:' % self.name, file=sys.stderr)
            print('%s: %s' % (type(e).__name__, e), file=sys.stderr)
            self.exitcode = 1
        finally:
            _current = outer

    def join(self, timeout=None):
        if not self._started:
            raise AssertionError('can only join a started process')

    def terminate(self):
        pass

    def kill(self):
        pass

    def close(self):
        pass

    def __repr__(self):
        state = 'stopped' if self.exitcode is not None else ('started' if self._started else 'initial')
        code = '' if not self.exitcode else ' exitcode=%s' % self.exitcode
        return '<Process name=%r %s%s%s>' % (self.name, state, code, ' daemon' if self.daemon else '')


class AsyncResult:
    """The outcome of work handed to a pool: computed when handed over."""

    def __init__(self, func, args, kwargs, callback=None, error_callback=None):
        try:
            self._value = func(*args, **kwargs)
            self._success = True
        except Exception as e:
            self._value = e
            self._success = False
        if self._success and callback is not None:
            callback(self._value)
        if not self._success and error_callback is not None:
            error_callback(self._value)

    def ready(self):
        return True

    def successful(self):
        return self._success

    def wait(self, timeout=None):
        pass

    def get(self, timeout=None):
        if self._success:
            return self._value
        raise self._value


ApplyResult = AsyncResult
MapResult = AsyncResult


class Pool:
    """A pool whose workers are this process: each task runs when it is
    handed over, in order."""

    def __init__(self, processes=None, initializer=None, initargs=(), maxtasksperchild=None, context=None):
        if processes is not None and processes < 1:
            raise ValueError("Number of processes must be at least 1")
        if initializer is not None and not callable(initializer):
            raise TypeError('initializer must be a callable')
        self._processes = processes or cpu_count()
        self._state = 'RUN'
        if initializer is not None:
            initializer(*initargs)

    def _check_running(self):
        if self._state != 'RUN':
            raise ValueError("Pool not running")

    def apply(self, func, args=(), kwds={}):
        self._check_running()
        return func(*args, **kwds)

    def apply_async(self, func, args=(), kwds={}, callback=None, error_callback=None):
        self._check_running()
        return AsyncResult(func, args, kwds, callback, error_callback)

    def map(self, func, iterable, chunksize=None):
        self._check_running()
        return [func(x) for x in iterable]

    def map_async(self, func, iterable, chunksize=None, callback=None, error_callback=None):
        self._check_running()
        return AsyncResult(lambda: [func(x) for x in iterable], (), {}, callback, error_callback)

    def starmap(self, func, iterable, chunksize=None):
        self._check_running()
        return [func(*args) for args in iterable]

    def starmap_async(self, func, iterable, chunksize=None, callback=None, error_callback=None):
        self._check_running()
        return AsyncResult(lambda: [func(*args) for args in iterable], (), {}, callback, error_callback)

    def imap(self, func, iterable, chunksize=1):
        self._check_running()
        return (func(x) for x in list(iterable))

    def imap_unordered(self, func, iterable, chunksize=1):
        return self.imap(func, iterable, chunksize)

    def close(self):
        self._state = 'CLOSE'

    def terminate(self):
        self._state = 'TERMINATE'

    def join(self):
        if self._state == 'RUN':
            raise ValueError("Pool is still running")

    def __enter__(self):
        self._check_running()
        return self

    def __exit__(self, *exc):
        self.terminate()

    def __repr__(self):
        return '<multiprocessing.pool.Pool state=%s pool_size=%d>' % (self._state, self._processes)


class Queue(_queue.Queue):
    """A queue between processes, which here are this one."""

    def __init__(self, maxsize=0, *, ctx=None):
        _queue.Queue.__init__(self, maxsize)

    def close(self):
        pass

    def join_thread(self):
        pass

    def cancel_join_thread(self):
        pass


JoinableQueue = Queue


class SimpleQueue(_queue.SimpleQueue):
    def close(self):
        pass


class Lock:
    """A lock no other process can hold: acquiring it while it is held
    would wait forever."""

    def __init__(self, *, ctx=None):
        self._held = False

    def acquire(self, block=True, timeout=None):
        if self._held:
            if block and timeout is None:
                raise _would_wait_forever('acquiring a held Lock')
            return False
        self._held = True
        return True

    def release(self):
        if not self._held:
            raise ValueError('semaphore or lock released too many times')
        self._held = False

    def __enter__(self):
        return self.acquire()

    def __exit__(self, *exc):
        self.release()

    def __repr__(self):
        return '<Lock(owner=%s)>' % ('MainProcess' if self._held else 'None')


class RLock:
    def __init__(self, *, ctx=None):
        self._count = 0

    def acquire(self, block=True, timeout=None):
        self._count += 1
        return True

    def release(self):
        if not self._count:
            raise AssertionError('attempt to release recursive lock not owned by thread')
        self._count -= 1

    def __enter__(self):
        return self.acquire()

    def __exit__(self, *exc):
        self.release()


class Semaphore:
    def __init__(self, value=1, *, ctx=None):
        if value < 0:
            raise ValueError("semaphore initial value must be >= 0")
        self._value = value

    def acquire(self, block=True, timeout=None):
        if not self._value:
            if block and timeout is None:
                raise _would_wait_forever('acquiring a Semaphore at zero')
            return False
        self._value -= 1
        return True

    def release(self):
        self._value += 1

    def get_value(self):
        return self._value

    def __enter__(self):
        return self.acquire()

    def __exit__(self, *exc):
        self.release()


class BoundedSemaphore(Semaphore):
    def __init__(self, value=1, *, ctx=None):
        Semaphore.__init__(self, value)
        self._initial = value

    def release(self):
        if self._value >= self._initial:
            raise ValueError('semaphore or lock released too many times')
        self._value += 1


class Event(_threading.Event):
    def __init__(self, *, ctx=None):
        _threading.Event.__init__(self)


class _Synchronized:
    def __init__(self, typecode, value, lock):
        self._typecode = typecode
        self.value = value
        self._lock = RLock() if lock is True else lock

    def get_lock(self):
        return self._lock

    def get_obj(self):
        return self

    def acquire(self, *args):
        return self._lock.acquire(*args)

    def release(self):
        return self._lock.release()

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *exc):
        return self._lock.__exit__(*exc)

    def __repr__(self):
        return '<Synchronized wrapper for c_%s(%r)>' % (_C_NAMES.get(self._typecode, self._typecode), self.value)


_C_NAMES = {'b': 'byte', 'B': 'ubyte', 'h': 'short', 'H': 'ushort', 'i': 'int', 'I': 'uint',
            'l': 'long', 'L': 'ulong', 'q': 'longlong', 'Q': 'ulonglong', 'f': 'float',
            'd': 'double', 'c': 'char', 'u': 'wchar'}


def _zero(typecode):
    if typecode in ('f', 'd'):
        return 0.0
    if typecode == 'c':
        return b'\x00'
    return 0


def Value(typecode_or_type, *args, lock=True, ctx=None):
    value = args[0] if args else _zero(typecode_or_type)
    if typecode_or_type in ('f', 'd'):
        value = float(value)
    return _Synchronized(typecode_or_type, value, lock)


def RawValue(typecode_or_type, *args):
    value = args[0] if args else _zero(typecode_or_type)
    if typecode_or_type in ('f', 'd'):
        value = float(value)
    return _Synchronized(typecode_or_type, value, None)


class _SharedArray(list):
    def get_lock(self):
        return self._lock

    def get_obj(self):
        return self


def Array(typecode_or_type, size_or_initializer, *, lock=True, ctx=None):
    if isinstance(size_or_initializer, int):
        items = [_zero(typecode_or_type)] * size_or_initializer
    else:
        items = list(size_or_initializer)
    shared = _SharedArray(items)
    shared._lock = RLock() if lock is True else lock
    return shared


def RawArray(typecode_or_type, size_or_initializer):
    return Array(typecode_or_type, size_or_initializer, lock=None)


class Connection:
    """One end of a `Pipe`: what it sends, the other end receives."""

    def __init__(self, inbox, outbox, readable, writable):
        self._inbox = inbox
        self._outbox = outbox
        self.readable = readable
        self.writable = writable
        self.closed = False

    def send(self, obj):
        if not self.writable:
            raise OSError('connection is read-only')
        self._outbox.append(obj)

    def recv(self):
        if not self.readable:
            raise OSError('connection is write-only')
        if not self._inbox:
            raise _would_wait_forever('recv() on a Pipe nothing was sent to')
        return self._inbox.pop(0)

    def poll(self, timeout=0.0):
        return bool(self._inbox)

    send_bytes = send
    recv_bytes = recv

    def close(self):
        self.closed = True

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


def Pipe(duplex=True):
    a_to_b = []
    b_to_a = []
    if duplex:
        return Connection(b_to_a, a_to_b, True, True), Connection(a_to_b, b_to_a, True, True)
    return Connection(a_to_b, None, True, False), Connection(None, a_to_b, False, True)


class _Manager:
    """A manager whose shared objects are plain ones: every process is
    this one."""

    def list(self, *args):
        return list(*args)

    def dict(self, *args, **kwargs):
        return dict(*args, **kwargs)

    def Queue(self, maxsize=0):
        return Queue(maxsize)

    def Lock(self):
        return Lock()

    def RLock(self):
        return RLock()

    def Event(self):
        return Event()

    def Value(self, typecode, value, lock=True):
        return Value(typecode, value, lock=lock)

    def Array(self, typecode, sequence, lock=True):
        return Array(typecode, sequence, lock=lock)

    def start(self):
        pass

    def shutdown(self):
        pass

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.shutdown()


def Manager():
    return _Manager()


def get_context(method=None):
    import multiprocessing
    return multiprocessing
