# functools.partialmethod: bound through an instance, through the class, over a classmethod, nested.
from functools import partialmethod, partial
class Cell:
    def __init__(self):
        self.alive = False
    def set_state(self, state, note=""):
        self.alive = state
        return note
    set_alive = partialmethod(set_state, True)
    set_dead = partialmethod(set_state, False, note="dead")
    @classmethod
    def make(cls, n, m=0):
        return (cls.__name__, n, m)
    make5 = partialmethod(make, 5)
    later = partialmethod(partialmethod(set_state, True), note="twice")
c = Cell()
print(c.set_alive(), c.alive, c.set_dead(), c.alive, c.set_alive(note="x"))
print(Cell.make5(m=2), c.make5())
print(c.later(), c.alive)
print(Cell.set_alive(c, note="via class"), c.alive)
print(repr(Cell.__dict__["set_dead"])[:40])
try:
    partialmethod(3)
except TypeError as e:
    print("TypeError:", e)
