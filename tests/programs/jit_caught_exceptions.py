# Exceptions raised by built-ins and caught in the same loop body, which
# traces now follow into the handler: a dict's KeyError, int()'s
# ValueError, str.index's ValueError, a base class or a tuple in the
# except clause, the exception object used (args, str, type), a clause
# that does not match (the exception leaves the function), an exception
# raised while another is handled (its __context__), and a caught
# exception raised again later (its traceback is where it was first
# raised).


def lookup(d, keys):
    hits = misses = 0
    last = None
    for k in keys:
        try:
            hits += d[k]
        except KeyError as e:
            misses += 1
            last = e
    return hits, misses, last.args, str(last), type(last).__name__


def parse_all(tokens):
    out = []
    for t in tokens:
        try:
            out.append(int(t))
        except ValueError as e:
            out.append(len(str(e)))
    return sum(out)


def find_all(text, chars):
    found = 0
    for c in chars:
        try:
            found += text.index(c)
        except (KeyError, ValueError):
            found -= 1
    return found


def by_base(d, keys):
    n = 0
    for k in keys:
        try:
            n += d[k]
        except LookupError:
            n += 1000
        except Exception:
            n -= 1
    return n


d = {i: i * 2 for i in range(0, 60, 3)}
for r in range(3):
    print(lookup(d, range(r, 200)))
tokens = [str(i) if i % 4 else "x%d" % i for i in range(300)]
print(parse_all(tokens), parse_all(tokens[::-1]))
print(find_all("the quick brown fox", "aeiouxyz" * 40))
print(by_base(d, range(150)))


def wrong_clause(d, keys):
    total = 0
    for k in keys:
        try:
            total += d[k]
        except TypeError:
            total = -1
    return total


for attempt in range(3):
    try:
        wrong_clause(d, range(0, 100, 3))
        print("no error")
        wrong_clause(d, range(100))
    except KeyError as e:
        print("escaped", repr(e))

contexts = []
for k in range(120):
    try:
        d[k]
    except KeyError:
        try:
            int("bad%d" % k)
        except ValueError as inner:
            contexts.append(type(inner.__context__).__name__)
print(len(contexts), contexts[:3])

saved = None
for k in range(100):
    try:
        d[k + 1000]
    except KeyError as e:
        saved = e
print(saved.args)
raise saved
