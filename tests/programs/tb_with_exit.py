class Guard:
    def __enter__(self):
        return self

    def __exit__(self, kind, value, tb):
        print("exit with", kind.__name__)
        raise RuntimeError("cleanup failed")


with Guard():
    print("inside")
    int("x")
