# expected: hand-written (CPython runs an abandoned generator's cleanup when its last reference goes; Rumba refuses at the end of the run, naming where the generator stopped)
class Resource:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        print("released")


def rows():
    with Resource():
        for i in range(5):
            yield i


for row in rows():
    print(row)
    break
print("after the loop")
