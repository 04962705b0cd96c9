from enum import Enum, IntEnum

class State(Enum):
    IDLE = 0
    RUNNING = 1
    DONE = 2

class Op(IntEnum):
    ADD = 1
    SUB = 2

def step(state, n):
    if state is State.IDLE:
        return State.RUNNING
    if state is State.RUNNING and n % 7 == 0:
        return State.DONE
    return state

total = 0
for i in range(200000):
    s = State.IDLE
    s = step(s, i)
    s = step(s, i)
    if s == State.DONE:
        total += 1
    v = State(i % 3)
    total += v.value
    total += Op.ADD + (i & 1)
print(total)
