# expected: hand-written (CPython calls a class's own __getattribute__ for every attribute; Rumba refuses the class rather than run without it)
class Loud:
    def __getattribute__(self, n):
        return object.__getattribute__(self, n)
