# A circular import: each module sees the other partly initialised.
import _mod_circ_a

print(_mod_circ_a.from_b(), _mod_circ_a._mod_circ_b.B)
import _mod_circ_b

print(_mod_circ_b.read_a())

# A module whose body fails is not kept: importing it again runs it again.
for attempt in range(2):
    try:
        import _mod_fails
    except ValueError as e:
        print("attempt", attempt, "ValueError:", e)
try:
    _mod_fails
except NameError as e:
    print("NameError:", e)
