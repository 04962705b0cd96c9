# expected: hand-written (CPython calls __del__ when the instance is freed and prints "del"; Rumba cannot tell that moment and refuses the run at its end)
class D:
    def __del__(self):
        print("del")
d = D()
del d
print("after del")
