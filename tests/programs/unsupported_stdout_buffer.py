# expected: hand-written (CPython's sys.stdout has .buffer, Rumba's has no bytes layer)
import sys

print("text is written", file=sys.stdout)
try:
    sys.stdout.nosuch
except AttributeError as e:
    print(e)
sys.stdout.buffer.write(b"bytes\n")
