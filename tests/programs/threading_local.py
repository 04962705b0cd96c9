# threading.local: each thread sees its own attributes.
import threading

data = threading.local()
data.value = "main"
seen = {}


def work(n):
    print("fresh in thread:", hasattr(data, "value"), vars(data))
    data.value = n
    data.items = [n] * n
    seen[n] = (data.value, data.items)


for i in range(1, 4):
    t = threading.Thread(target=work, args=(i,))
    t.start()
    t.join()
print(sorted(seen.items()))
print("main keeps", data.value, hasattr(data, "items"))


class Config(threading.local):
    color = "red"

    def __init__(self, size):
        self.size = size
        print("init in", threading.current_thread().name)

    def area(self):
        return self.size * self.size


cfg = Config(3)
cfg.color = "blue"


def use():
    print("thread sees", cfg.size, cfg.color, cfg.area())
    cfg.size = 10
    cfg.color = "green"
    print("thread changed", cfg.size, cfg.color)


t = threading.Thread(target=use, name="user")
t.start()
t.join()
print("main sees", cfg.size, cfg.color, cfg.area())
del cfg.color
print("class attribute again", cfg.color)
try:
    threading.local(1)
except TypeError as e:
    print("TypeError:", e)
