# A suggestion survives catching and raising again, and shows in every
# report of a chain.
class Config:
    def __init__(self):
        self.timeout = 30


def read(cfg):
    try:
        return cfg.timeuot
    except AttributeError as e:
        saved = e
    raise saved


def load():
    try:
        read(Config())
    except AttributeError:
        values = [1, 2, 3]
        return valeus


n = 0
for i in range(1500):
    try:
        read(Config())
    except AttributeError:
        n += 1
print(n)
load()
