class D(dict):
    def __missing__(self, k):
        return "<" + k + ">"
print("{a} and {b}".format_map(D(a=1)))
print("{a:>{w}}|".format_map({"a": "x", "w": 5}))
print("{p.real} {q[1]}".format_map({"p": 3, "q": [7, 8]}))
for t in ["{}", "{0}", "{a}"]:
    try:
        print(t.format_map({}))
    except (ValueError, KeyError) as e:
        print(type(e).__name__, e)
try:
    "x".format_map()
except TypeError as e:
    print(e)
try:
    "x".format_map(1, 2)
except TypeError as e:
    print(e)
print("{a}".format_map(D()))
print((3).conjugate(), True.conjugate(), (2.5).conjugate(), (-7).conjugate())
for f in [1.0, 2.0, 0.1, -1.5, 0.0, -0.0, 5e-324, 2.2250738585072014e-308, 1.7976931348623157e308, float("inf"), float("-inf"), float("nan"), 3.0e-310, 1e100]:
    print(f.hex())
print("".isprintable(), "abc".isprintable(), "a\n".isprintable(), "é".isprintable(), "\x7f".isprintable(), "\xa0".isprintable(), " ~".isprintable(), "\u2028".isprintable())
