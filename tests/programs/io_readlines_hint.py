# readlines(hint) of StringIO (more than hint characters) and BytesIO (at least hint bytes).
import io
for text in ["ab\ncd\nef\ngh\n", "a\nbb\nccc\n", "xyz", "héllo\nwörld\n!\n", ""]:
    for hint in [-5, 0, 1, 2, 3, 4, 6, 7, 100, None]:
        s = io.StringIO(text)
        b = io.BytesIO(text.encode())
        first = s.readlines(hint) if hint is not None else s.readlines()
        bfirst = b.readlines(hint) if hint is not None else b.readlines()
        print(repr(text), hint, first, s.readlines(), bfirst, b.readlines())
for bad in ["3", 2.5]:
    for cls, data in ((io.StringIO, "a\n"), (io.BytesIO, b"a\n")):
        try:
            cls(data).readlines(bad)
        except TypeError as e:
            print(cls.__name__, "TypeError", e)
