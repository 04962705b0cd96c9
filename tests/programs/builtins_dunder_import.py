# __import__ as scripts call it, and static methods of built-in types
# reached through a value ("".maketrans, {}.fromkeys).
m = __import__("math")
print(m.sqrt(16), __import__("math") is m)
p = __import__("os.path")
print(p.__name__, __import__("os.path", fromlist=["join"]).__name__, __import__("collections", globals(), None, ["Counter"], 0).Counter("aab"))
print(__import__("doctest").testmod())
for bad in (5, ""):
    try:
        __import__(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    __import__("no_such_module_here")
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e)
table = "ACGT".maketrans("ACGT", "TGCA")
print(table, "GATTACA".translate(table), "x".maketrans({"a": "b"}), {}.fromkeys("ab", 0), (0).from_bytes(b"\x01\x00", "little"))
print(b"".maketrans(b"ab", b"xy")[97:99], bytearray().maketrans(b"a", b"b")[97])
