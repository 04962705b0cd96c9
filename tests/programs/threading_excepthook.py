# An exception that escapes a thread's run() goes to threading.excepthook
# and the program goes on; a custom hook sees the thread and the error.
import threading


def fails(x):
    raise ValueError("bad value %d" % x)


def hook(args):
    print("hook:", args.exc_type.__name__, args.exc_value, args.exc_value.args,
          args.thread.name, isinstance(args, tuple), len(args))


print(threading.excepthook is threading.__excepthook__)
t = threading.Thread(target=fails, args=(7,))
threading.excepthook = hook
t.start()
t.join()
print("after the failing thread", t.is_alive())


class Quitter(threading.Thread):
    def run(self):
        raise SystemExit(3)


q = Quitter(name="quitter")
q.start()
q.join()
print("SystemExit reached the hook too")


def hook_that_fails(args):
    print("hook got", args.exc_type.__name__)
    raise KeyError("from the hook")


threading.excepthook = hook_that_fails
t2 = threading.Thread(target=fails, args=(8,), name="second")
t2.start()
t2.join()
print("the program goes on")

threading.excepthook = threading.__excepthook__
t3 = threading.Thread(target=fails, args=(9,))
t3.start()
t3.join()
q2 = Quitter()
q2.start()
q2.join()
print("done", t3.is_alive())
