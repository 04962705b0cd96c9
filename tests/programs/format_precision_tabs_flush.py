# Limits CPython sets that Rumba keeps: a general-form float precision
# past a double's digits gives the digits there are (made without writing
# the rest), past C's INT_MAX it is "precision too big"; expandtabs takes a
# C int; print(..., flush=True) to a file object calls its flush(). And
# the `0` flag and `#` of strs and floats, as CPython pads and points them.
import io
import sys

for spec in [".2147483647g", ".1000000g", ".800g", ".100000", ".2000n", "#.40g", ".2147483648g", ".2147483648f"]:
    for x in [1.5, 0.1, 5e-324, 1e300, -2.5e-7]:
        try:
            text = format(x, spec)
            print(spec, len(text), text[:60])
        except ValueError as e:
            print(spec, "ValueError:", e)
print("%.100000g" % 0.1, f"{1 / 3:.5000}")

for size in [2**31, -2**31 - 1, 2**31 - 1 - 2**31, -2**31, 0, 3]:
    for s in ["a\tb\tc", b"a\tb"]:
        try:
            print(repr(s.expandtabs(size))[:40])
        except OverflowError as e:
            print(type(s).__name__, "OverflowError:", e)


class Sink:
    def __init__(self):
        self.parts = []
        self.flushes = 0

    def write(self, s):
        self.parts.append(s)

    def flush(self):
        self.flushes += 1


sink = Sink()
for i in range(60):
    print("line", i, file=sink, flush=i % 3 == 0)
print(len(sink.parts), sink.flushes)


class NoFlush:
    def write(self, s):
        pass


try:
    print("x", file=NoFlush(), flush=True)
except AttributeError as e:
    print("AttributeError:", e)
buffer = io.StringIO()
print("y", file=buffer, flush=True)
print(repr(buffer.getvalue()))
print("z", file=sys.stdout, flush=True)

# The `0` flag of a str pads with zeros on the str's side; `#` keeps the
# point of a general-form float with no digit after it.
for spec in ["010", ">010", "^09", "03", "0", "*<06"]:
    print(repr(format("x", spec)), repr(format("é", spec)), repr(f"{'ab':{spec}}"))
for x in [123.456, 1.0, 10.0, 1.5, 1e16, 0.0, float("inf")]:
    print(format(x, "#.0g"), format(x, "#.1"), format(x, "#"), "%#.0g" % x, f"{x:#.0e}")
