# expected: hand-written (CPython waits forever here for another thread to put an item; Rumba runs no other thread, so it raises)
import queue

q = queue.Queue()
try:
    q.get()
except queue.Empty as e:
    print("Empty:", e)
b = queue.Queue(maxsize=1)
b.put(1)
try:
    b.put(2)
except queue.Full as e:
    print("Full:", e)
