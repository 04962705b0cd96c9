# Formatting complex numbers: format specs and the reprs of special values.
z = 1.5 + 2.25j
for spec in ["", "10", "<20", "^20", "*>16", ".2f", ".3e", "g", ".1g", "+.2f", " .1f", "F", ".0f", "E", "+", ".3", "#.0f", "20.3f"]:
    print(repr(spec), repr(format(z, spec)), repr(format(-z, spec)), repr(format(3j, spec)), repr(format(complex(-0.0, 1), spec)))
print(f"{z:.1f} and {2j:>8} and {z!r:>14} and {complex(1e20, -1e-20):g}")
print("{:.2f}".format(1 + 1j), "{0.real}+{0.imag}".format(z))
for bad in ["=10", "010", "d", "s", "%"]:
    try:
        format(z, bad)
    except ValueError as e:
        print(repr(bad), "ValueError:", e)
inf, nan = float("inf"), float("nan")
for v in [complex(inf, inf), complex(-inf, nan), complex(nan, -inf), complex(0, nan), complex(1e-310, 1e310)]:
    print(v, format(v, ".2f"), format(v, "g"))
