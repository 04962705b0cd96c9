import _mod_boom

data = [1.0, 2.0, 3.0, 4.0]


def run():
    return _mod_boom.outer(data)


run()
