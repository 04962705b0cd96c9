# `concurrent.futures` of Rumba. A script runs on one thread and makes no
# processes, so an executor runs each call when it is submitted, in
# order (a thread pool's in its worker thread, as `threading` runs
# threads), and hands back a future that is already done: `result()`,
# `exception()`, `map`, `as_completed` and `wait` give what a run on one
# worker gives. As with `multiprocessing`, a worker's changes to globals
# are seen by the caller (a process pool's worker has its own copy under
# CPython).

__all__ = ['FIRST_COMPLETED', 'FIRST_EXCEPTION', 'ALL_COMPLETED', 'CancelledError',
           'TimeoutError', 'BrokenExecutor', 'Future', 'Executor', 'wait', 'as_completed',
           'ProcessPoolExecutor', 'ThreadPoolExecutor']

FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'


class Error(Exception):
    pass


class CancelledError(Error):
    pass


TimeoutError = TimeoutError


class BrokenExecutor(RuntimeError):
    pass


class InvalidStateError(Error):
    pass


class Future:
    """The outcome of a call: here always known, as the call ran when it
    was submitted."""

    def __init__(self):
        self._state = 'PENDING'
        self._result = None
        self._exception = None
        self._callbacks = []

    def __repr__(self):
        if self._state == 'FINISHED':
            if self._exception is not None:
                return '<Future at 0x%x state=finished raised %s>' % (id(self), type(self._exception).__name__)
            return '<Future at 0x%x state=finished returned %s>' % (id(self), type(self._result).__name__)
        return '<Future at 0x%x state=%s>' % (id(self), self._state.lower())

    def cancel(self):
        return self._state in ('PENDING', 'CANCELLED') and self._set_state('CANCELLED')

    def _set_state(self, state):
        self._state = state
        return True

    def cancelled(self):
        return self._state == 'CANCELLED'

    def running(self):
        return self._state == 'RUNNING'

    def done(self):
        return self._state in ('CANCELLED', 'FINISHED')

    def add_done_callback(self, fn):
        if self.done():
            fn(self)
        else:
            self._callbacks.append(fn)

    def result(self, timeout=None):
        if self._state == 'CANCELLED':
            raise CancelledError()
        if self._state != 'FINISHED':
            raise TimeoutError()
        if self._exception is not None:
            raise self._exception
        return self._result

    def exception(self, timeout=None):
        if self._state == 'CANCELLED':
            raise CancelledError()
        if self._state != 'FINISHED':
            raise TimeoutError()
        return self._exception

    def set_running_or_notify_cancel(self):
        if self._state == 'CANCELLED':
            return False
        self._state = 'RUNNING'
        return True

    def set_result(self, result):
        if self._state == 'FINISHED':
            raise InvalidStateError('FINISHED: %r' % self)
        self._result = result
        self._finish()

    def set_exception(self, exception):
        if self._state == 'FINISHED':
            raise InvalidStateError('FINISHED: %r' % self)
        self._exception = exception
        self._finish()

    def _finish(self):
        self._state = 'FINISHED'
        callbacks, self._callbacks = self._callbacks, []
        for fn in callbacks:
            fn(self)


class Executor:
    """Runs each submitted call at once, in the caller's thread."""

    def __init__(self, max_workers=None, *args, initializer=None, initargs=(), **kwargs):
        if max_workers is not None and max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")
        self._shutdown = False
        if initializer is not None:
            initializer(*initargs)

    def submit(self, fn, /, *args, **kwargs):
        if self._shutdown:
            raise RuntimeError('cannot schedule new futures after shutdown')
        future = Future()
        future.set_running_or_notify_cancel()
        try:
            result = self._call(fn, args, kwargs)
        except BaseException as e:
            if not isinstance(e, Exception):
                raise
            future.set_exception(e)
        else:
            future.set_result(result)
        return future

    def _call(self, fn, args, kwargs):
        return fn(*args, **kwargs)

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        futures = [self.submit(fn, *args) for args in zip(*iterables)]

        def results():
            for f in futures:
                yield f.result()
        return results()

    def shutdown(self, wait=True, *, cancel_futures=False):
        self._shutdown = True

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.shutdown(wait=True)
        return False


class ThreadPoolExecutor(Executor):
    """Runs each call in its one worker thread, `ThreadPoolExecutor-N_0`
    as CPython names it (the worker starts, running the initializer, at
    the first submit)."""

    _pools = 0

    def __init__(self, max_workers=None, thread_name_prefix='', initializer=None, initargs=()):
        Executor.__init__(self, max_workers)
        if initializer is not None and not callable(initializer):
            raise TypeError("initializer must be a callable")
        if not thread_name_prefix:
            thread_name_prefix = 'ThreadPoolExecutor-%d' % ThreadPoolExecutor._pools
            ThreadPoolExecutor._pools += 1
        self._thread_name_prefix = thread_name_prefix
        self._initializer = initializer
        self._initargs = initargs
        self._worker = None

    def _call(self, fn, args, kwargs):
        import threading
        if self._worker is None:
            self._worker = threading._started_thread(self._thread_name_prefix + '_0')
            if self._initializer is not None:
                threading._run_as(self._worker, self._initializer, *self._initargs)
        return threading._run_as(self._worker, fn, *args, **kwargs)


class ProcessPoolExecutor(Executor):
    pass


def as_completed(fs, timeout=None):
    seen = set()
    for f in fs:
        if id(f) not in seen:
            seen.add(id(f))
            yield f


def wait(fs, timeout=None, return_when=ALL_COMPLETED):
    done = set(f for f in fs if f.done())
    not_done = set(fs) - done
    return _DoneAndNotDone(done, not_done)


def _done_and_not_done():
    from collections import namedtuple
    return namedtuple('DoneAndNotDoneFutures', 'done not_done')


_DoneAndNotDone = _done_and_not_done()
