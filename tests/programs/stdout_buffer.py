# sys.stdout.buffer writes bytes under the text stream, in order with print.
import sys

print("text is written", file=sys.stdout)
try:
    sys.stdout.nosuch
except AttributeError as e:
    print(e)
sys.stdout.flush()
print(sys.stdout.buffer.write(b"bytes\n"))
sys.stdout.buffer.flush()
try:
    sys.stdout.buffer.write("text")
except TypeError as e:
    print(e)
print("done")
