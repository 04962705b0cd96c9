# The `queue` module of Rumba: CPython 3.11's queues, for one thread.
# Rumba runs no threads, so a get from an empty queue (or a put into a full
# one) that would wait forever for another thread raises instead of hanging:
# with a timeout, CPython's Empty or Full after it; without one, the same
# exception with a message that says why.

from collections import deque
import heapq

# `Queue[int]` and the like, as CPython's `classmethod(GenericAlias)`.
_GenericAlias = type(list[int])

__all__ = ["Empty", "Full", "Queue", "PriorityQueue", "LifoQueue", "SimpleQueue"]


class Empty(Exception):
    "A get found the queue empty and could not wait."


class Full(Exception):
    "A put found the queue full and could not wait."


_NO_OTHER_THREAD = "would wait forever: Rumba runs no other thread to %s"


class Queue:
    """A first-in, first-out queue holding at most maxsize items (no bound
    when maxsize is 0 or less)."""

    def __class_getitem__(cls, item):
        return _GenericAlias(cls, item)

    def __init__(self, maxsize=0):
        self.maxsize = maxsize
        self._init(maxsize)
        self.unfinished_tasks = 0

    def task_done(self):
        if self.unfinished_tasks <= 0:
            raise ValueError("task_done() called too many times")
        self.unfinished_tasks -= 1

    def join(self):
        if self.unfinished_tasks:
            raise RuntimeError(_NO_OTHER_THREAD % "finish the tasks")

    def qsize(self):
        return self._qsize()

    def empty(self):
        return not self._qsize()

    def full(self):
        return 0 < self.maxsize <= self._qsize()

    def put(self, item, block=True, timeout=None):
        if self.maxsize > 0 and self._qsize() >= self.maxsize:
            if block and timeout is not None and timeout < 0:
                raise ValueError("'timeout' must be a non-negative number")
            if block and timeout is None:
                raise Full(_NO_OTHER_THREAD % "take an item")
            raise Full
        self._put(item)
        self.unfinished_tasks += 1

    def get(self, block=True, timeout=None):
        if not self._qsize():
            if block and timeout is not None and timeout < 0:
                raise ValueError("'timeout' must be a non-negative number")
            if block and timeout is None:
                raise Empty(_NO_OTHER_THREAD % "put an item")
            raise Empty
        return self._get()

    def put_nowait(self, item):
        return self.put(item, block=False)

    def get_nowait(self):
        return self.get(block=False)

    def _init(self, maxsize):
        self.queue = deque()

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.popleft()


class PriorityQueue(Queue):
    """A queue whose get gives the smallest item first (a heap)."""

    def _init(self, maxsize):
        self.queue = []

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        heapq.heappush(self.queue, item)

    def _get(self):
        return heapq.heappop(self.queue)


class LifoQueue(Queue):
    """A queue whose get gives the item put last (a stack)."""

    def _init(self, maxsize):
        self.queue = []

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.pop()


class SimpleQueue:
    """A first-in, first-out queue with no bound and no task counting."""

    def __class_getitem__(cls, item):
        return _GenericAlias(cls, item)

    def __init__(self):
        self._queue = deque()

    def put(self, item, block=True, timeout=None):
        self._queue.append(item)

    def get(self, block=True, timeout=None):
        if timeout is not None and timeout < 0:
            raise ValueError("'timeout' must be a non-negative number")
        if not self._queue:
            if block and timeout is None:
                raise Empty(_NO_OTHER_THREAD % "put an item")
            raise Empty
        return self._queue.popleft()

    def put_nowait(self, item):
        return self.put(item, block=False)

    def get_nowait(self):
        return self.get(False)

    def empty(self):
        return len(self._queue) == 0

    def qsize(self):
        return len(self._queue)


# CPython's is the C class of `_queue`.
SimpleQueue.__module__ = "_queue"
