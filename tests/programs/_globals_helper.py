value = "helper's"


def own_globals():
    return globals()


def define(name, v):
    globals()[name] = v


def read(name):
    return globals().get(name, "absent")
