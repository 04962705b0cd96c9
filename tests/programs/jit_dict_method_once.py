# Dict and set methods with effects whose result type varies, called from
# compiled loops: each runs once; a result the trace cannot take (another
# type, an error) is handed to the interpreter, which does not call again.
def main():
    d = {}
    s = {1, 2, 3}
    out = []
    for i in range(300):
        g = d.setdefault(i % 7, [])
        g.append(i)
        if i % 50 == 49:
            out.append(d.setdefault("k", i))  # an int where a list was recorded
        if i % 3 == 0:
            out.append(d.pop(i % 7, None) is None)
        if i == 150:
            d["k2"] = "str now"
        out.append(d.setdefault("k2", 0))
        if i % 97 == 96:
            try:
                out.append(d.pop(1000))
            except KeyError as e:
                out.append(("KeyError", str(e)))
        e = {i: i * 2}
        e.update({i + 1: 1.5})
        out.append(sorted(e.items()))
        if len(s) < 2:
            s.update(range(i, i + 3))
        out.append(s.pop())
    print(len(out), out[:8], out[-6:])
    print(sorted((k, len(v)) if isinstance(v, list) else (k, v) for k, v in d.items() if not isinstance(k, str)))
main()
